package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.MessageRepository;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.search.SearchIndex;
import org.spoor.search.SearchQuery;
import org.spoor.search.watch.WatchHitRepository;
import org.spoor.search.watch.WatchList;
import org.spoor.search.watch.WatchListRepository;
import org.spoor.testsupport.Corpus;

class EvidenceImportTest {

    @TempDir
    Path temp;

    @Test
    void seizedFilesLandAsExhibitsWithCustodyTextAndSearch() throws Exception {
        Path seized = Files.createDirectories(temp.resolve("seized"));
        Files.writeString(seized.resolve("bien-ban.txt"), "Thu giữ 120 kg vảy tê tê tại Cầu Treo", StandardCharsets.UTF_8);
        Files.writeString(seized.resolve("copy-of-bien-ban.txt"), "Thu giữ 120 kg vảy tê tê tại Cầu Treo");
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportReport report = ImportFixtures.importInto(caseFile, seized);
            assertThat(report.exhibitsAdded()).isEqualTo(2);
            assertThat(report.duplicates()).isEqualTo(1);
            assertThat(report.problems()).isEmpty();
            List<Exhibit> exhibits = caseFile.exhibits().all();
            assertThat(exhibits).extracting(Exhibit::sealNo).containsOnly("HT-2026-0314-01");
            assertThat(exhibits.get(0).blobId()).isEqualTo(exhibits.get(1).blobId());
            assertThat(caseFile.custody().forExhibit(exhibits.get(0).id())).hasSize(1);
            try (SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
                assertThat(index.search(SearchQuery.of("vay te te")).hits()).hasSize(2);
            }
        }
    }

    @Test
    void everyNewItemIsRunAgainstTheCasesWatchLists() throws Exception {
        Path seized = Files.createDirectories(temp.resolve("seized"));
        Files.writeString(seized.resolve("zalo-export.txt"), "Anh Hùng gọi 0912.345.678 về lô vảy tê tê");
        Files.writeString(seized.resolve("unrelated.txt"), "Lịch trực tuần sau");
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            WatchList watched = new WatchListRepository(caseFile.db(), caseFile.clock())
                    .save("Hùng's network", List.of("+84 912 345 678"));
            ImportReport report = ImportFixtures.importInto(caseFile, seized);
            assertThat(report.watchHits()).isEqualTo(1);
            assertThat(new WatchHitRepository(caseFile.db(), caseFile.clock()).hitsOf(watched.id()))
                    .singleElement().satisfies(hit -> assertThat(hit.fileName()).isEqualTo("zalo-export.txt"));
        }
    }

    @Test
    void archivesBecomeChildExhibitsAndHostileEntryNamesWriteNothingOutsideTheCase() throws Exception {
        Path zip = temp.resolve("phone-backup.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "notes/ledger.txt", "sisik trenggiling 340 kg");
            entry(out, "../../../evil.txt", "escape attempt");
            entry(out, "/tmp/spoor-absolute-evil.txt", "absolute path attempt");
        }
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportFixtures.importInto(caseFile, zip);
            List<Exhibit> exhibits = caseFile.exhibits().all();
            Exhibit parent = exhibits.get(0);
            assertThat(parent.originalName()).isEqualTo("phone-backup.zip");
            assertThat(caseFile.exhibits().children(parent.id())).extracting(Exhibit::originalName)
                    .contains("ledger.txt", "evil.txt", "spoor-absolute-evil.txt");
            assertThat(caseFile.exhibits().children(parent.id())).extracting(Exhibit::originalPath)
                    .anyMatch(p -> p.endsWith("phone-backup.zip!/notes/ledger.txt"));
        }
        assertThat(temp.getParent().resolve("evil.txt")).doesNotExist();
        assertThat(Path.of("/tmp/spoor-absolute-evil.txt")).doesNotExist();
        try (Stream<Path> all = Files.walk(temp)) {
            assertThat(all.filter(p -> p.getFileName().toString().contains("evil"))).isEmpty();
        }
    }

    @Test
    void phoneDatabasesBecomeMessagesAndUnreadableFilesAreNamedWhileTheRestLands() throws Exception {
        Path seized = Files.createDirectories(temp.resolve("phone"));
        Files.copy(Corpus.phone("plaso__mmssms.db"), seized.resolve("mmssms.db"));
        String locked = "testWORD_protected_passtika.docx";
        Files.copy(Corpus.tika(locked), seized.resolve(locked));
        Files.writeString(seized.resolve("empty.txt"), "");
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportReport report = ImportFixtures.importInto(caseFile, seized);
            assertThat(report.exhibitsAdded()).isEqualTo(3);
            assertThat(report.problems()).extracting(ImportProblem::path)
                    .containsExactlyInAnyOrder(seized.resolve(locked).toString(),
                            seized.resolve("empty.txt").toString());
            assertThat(report.problems()).allMatch(ImportProblem::stored);
            long smsExhibit = caseFile.exhibits().all().stream().filter(e -> e.originalName().equals("mmssms.db"))
                    .findFirst().orElseThrow().id();
            assertThat(new MessageRepository(caseFile.db()).countByExhibit(smsExhibit)).isEqualTo(9);
            assertThat(new ExhibitContentRepository(caseFile.db()).withProblems()).extracting(c -> c.problemKind())
                    .contains("ENCRYPTED", "EMPTY");
        }
    }

    @Test
    void theWholeTikaCorpusImportsWithEveryFileStoredOrNamed() throws Exception {
        Path corpus = Corpus.root().resolve("tika");
        Set<String> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(Files::isRegularFile).map(Path::toString).collect(Collectors.toSet());
        }
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportReport report = ImportFixtures.importInto(caseFile, corpus);
            Set<String> stored = caseFile.exhibits().all().stream().filter(e -> e.parentId() == null)
                    .map(Exhibit::originalPath).collect(Collectors.toSet());
            assertThat(stored).containsAll(files);
            assertThat(report.filesSeen()).isEqualTo(files.size());
            assertThat(report.problems()).allSatisfy(problem -> assertThat(problem.reason()).isNotBlank());
            assertThat(report.problems()).extracting(ImportProblem::path)
                    .anyMatch(p -> p.endsWith("test-documents.rar"));
            assertThat(caseFile.exhibits().count()).isGreaterThan(files.size()); // embedded items too
        }
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream body = out;
        body.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
