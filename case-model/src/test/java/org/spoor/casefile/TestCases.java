package org.spoor.casefile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.spoor.casefile.blob.StoredBlob;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;

/** Cases for tests: a pinned clock and a cheap (but real) Argon2id so suites stay fast. */
public final class TestCases {

    public static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    public static final Instant NOW = Instant.parse("2026-03-14T05:40:00Z");

    private TestCases() {
    }

    public static CaseOptions options() {
        return new CaseOptions(Clock.fixed(NOW, ZoneOffset.UTC), "Lt. Nguyen Thi Lan",
                () -> KdfParameters.argon2id(8 * 1024, 1, 1), 3);
    }

    public static CaseFile create(Path dir) throws Exception {
        return CaseFile.create(dir, CaseDetails.draft("Operation Vay", "VN", "Nguyen Thi Lan", "Env. Police"),
                PASSWORD, options());
    }

    public static Exhibit addExhibit(CaseFile caseFile, String name, String content) throws IOException {
        StoredBlob blob = caseFile.blobs().store(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
        return caseFile.registry().register(caseFile.actor(), new NewExhibit(null, "test", name, "/seized/" + name,
                blob.size(), blob.sha256(), blob.md5(), blob.blobId(), "text/plain",
                new SeizureFacts("Cau Treo border gate", NOW, "HT-01", "Nguyen Thi Lan"), null), "test import");
    }
}
