package org.spoor.ingest.located;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.ingest.pipeline.EvidenceImport;
import org.spoor.ingest.pipeline.ImportProgress;
import org.spoor.ingest.pipeline.ImportReport;
import org.spoor.ingest.pipeline.ImportRequest;
import org.spoor.search.SearchIndex;

/** Real cases for the map tests: real Argon2id (cheap parameters), pinned clock, the real import. */
final class LocatedCase {

    static final char[] PASSWORD = "map test passphrase".toCharArray();
    static final Instant SEIZED = Instant.parse("2026-03-14T05:40:00Z");

    private LocatedCase() {
    }

    static CaseOptions options() {
        return new CaseOptions(Clock.fixed(Instant.parse("2026-03-14T06:00:00Z"), ZoneOffset.UTC),
                "mapper", () -> KdfParameters.argon2id(8 * 1024, 1, 1), 2);
    }

    static CaseFile create(Path dir) throws Exception {
        return CaseFile.create(dir, CaseDetails.draft("Operation Vảy", "VN", "Lan", "Unit"), PASSWORD, options());
    }

    static ImportReport importInto(CaseFile caseFile, String seizedPlace, Path... paths) throws Exception {
        try (SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
            return new EvidenceImport(caseFile, index,
                    ExtractionSettings.defaults().withTimeoutPerItem(Duration.ofSeconds(30)), 1)
                    .run(new ImportRequest(List.of(paths),
                            new SeizureFacts(seizedPlace, SEIZED, "HT-2026-0314-01", "Nguyễn Thị Lan"), "VN"),
                            ImportProgress.NONE);
        }
    }
}
