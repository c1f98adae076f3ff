package org.spoor.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.search.SearchIndex;
import org.spoor.testsupport.Corpus;

/** Cases and imports for the pipeline tests: pinned clock, cheap real Argon2id, short parser timeouts. */
final class ImportFixtures {

    static final char[] PASSWORD = "import test passphrase".toCharArray();
    static final SeizureFacts SEIZURE = new SeizureFacts("Cửa khẩu Cầu Treo", Instant.parse("2026-03-14T05:40:00Z"),
            "HT-2026-0314-01", "Nguyễn Thị Lan");

    private ImportFixtures() {
    }

    static CaseOptions options() {
        return new CaseOptions(Clock.fixed(Instant.parse("2026-03-14T06:00:00Z"), ZoneOffset.UTC), "importer",
                () -> KdfParameters.argon2id(8 * 1024, 1, 1), 2);
    }

    static CaseFile newCase(Path dir) throws Exception {
        return CaseFile.create(dir, CaseDetails.draft("Import test", "VN", "Lan", "Unit"), PASSWORD, options());
    }

    static CaseFile open(Path dir) throws Exception {
        return CaseFile.open(dir, PASSWORD, options());
    }

    static ExtractionSettings settings() {
        return ExtractionSettings.defaults().withTimeoutPerItem(Duration.ofSeconds(30));
    }

    /** A folder {@code seized} under {@code temp} holding the corpus' Android SMS database as mmssms.db. */
    static Path seizedSmsDatabase(Path temp) throws IOException {
        Path seized = Files.createDirectories(temp.resolve("seized"));
        Files.copy(Corpus.root().resolve("phone/plaso__mmssms.db"), seized.resolve("mmssms.db"));
        return seized;
    }

    /** Imports {@code paths} into the open case and returns the report. */
    static ImportReport importInto(CaseFile caseFile, Path... paths) throws Exception {
        return importInto(caseFile, ImportProgress.NONE, paths);
    }

    static ImportReport importInto(CaseFile caseFile, ImportProgress progress, Path... paths) throws Exception {
        try (SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
            return new EvidenceImport(caseFile, index, settings(), 2)
                    .run(new ImportRequest(java.util.List.of(paths), SEIZURE, "VN"), progress);
        }
    }
}
