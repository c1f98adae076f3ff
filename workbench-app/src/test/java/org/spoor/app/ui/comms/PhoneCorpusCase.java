package org.spoor.app.ui.comms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.spoor.app.ui.TestCases;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.ingest.pipeline.EvidenceImport;
import org.spoor.ingest.pipeline.ImportProgress;
import org.spoor.ingest.pipeline.ImportReport;
import org.spoor.ingest.pipeline.ImportRequest;
import org.spoor.search.SearchIndex;
import org.spoor.testsupport.Corpus;

/**
 * A closed case (password {@link TestCases#PASSWORD}) holding the public corpus's phone files, imported
 * the way {@code spoor import} does, plus a seized note that names the number of the call log's Barney.
 * The import (Tika in a worker JVM) is the slow part, so it runs once per test JVM and each test class
 * gets a copy of the finished case folder.
 */
public final class PhoneCorpusCase {

    /** The number the note and contacts2.db's call log share. */
    public static final String BARNEY = "+15404561685";

    private static Path template;

    private PhoneCorpusCase() {
    }

    /** A fresh copy of the imported case at {@code folder}. */
    public static synchronized Path create(Path folder) throws Exception {
        if (template == null) {
            Path home = Files.createTempDirectory("spoor-phone-case");
            template = build(home.resolve("template.spoor"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(home)));
        }
        try (Stream<Path> files = Files.walk(template)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = folder.resolve(template.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return folder;
    }

    private static Path build(Path folder) throws Exception {
        Path seized = Files.createDirectories(folder.resolveSibling("seized"));
        Files.copy(Corpus.phone("plaso__mmssms.db"), seized.resolve("mmssms.db"));
        Files.copy(Corpus.phone("plaso__contacts2.db"), seized.resolve("contacts2.db"));
        Files.copy(Corpus.phone("iped__ufed-model-chat.xml"), seized.resolve("ufed-model-chat.xml"));
        Files.writeString(seized.resolve("so-ghi-chep.txt"), "Sổ ghi chép thu giữ tại kho Vinh.\n"
                + "Liên hệ người mua ở Mỹ: +1 540-456-1685 (Barney), giao 12 kg vảy tê tê.\n",
                StandardCharsets.UTF_8);
        TestCases.createClosed(folder, "Operation Bedrock");
        try (CaseFile caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(),
                TestCases.fastOptions(TestCases.ACTOR))) {
            ImportReport report = importInto(caseFile, seized);
            if (!report.problems().isEmpty()) {
                throw new IOException("The corpus phone files did not import: " + report.problems());
            }
        }
        return folder;
    }

    private static ImportReport importInto(CaseFile caseFile, Path seized) throws Exception {
        try (SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
            return new EvidenceImport(caseFile, index, ExtractionSettings.defaults(), 2).run(
                    new ImportRequest(List.of(seized), new SeizureFacts("Kho hàng Vinh",
                            Instant.parse("2026-03-14T05:40:00Z"), "VN-44-01", "Nguyễn Thị Lan"), "VN"),
                    ImportProgress.NONE);
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
