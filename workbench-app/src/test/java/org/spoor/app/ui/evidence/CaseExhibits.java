package org.spoor.app.ui.evidence;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jooq.BatchBindStep;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;

/** Exhibits for evidence-view tests: a few registered the real way, or thousands written in bulk. */
final class CaseExhibits {

    static final SeizureFacts SEIZURE = new SeizureFacts("Kho hàng Vinh", Instant.parse("2024-03-14T22:40:00Z"),
            "VN-44-0192", "Trần Thị Hoa");

    private CaseExhibits() {
    }

    /** Stores {@code content} in the blob store and registers it (audited, journaled, custody recorded). */
    static Exhibit register(CaseFile caseFile, Long parentId, String name, String content) throws IOException {
        return register(caseFile, parentId, name, content.getBytes(StandardCharsets.UTF_8), "text/plain");
    }

    static Exhibit register(CaseFile caseFile, Long parentId, String name, byte[] bytes, String mediaType)
            throws IOException {
        StoredBlob blob = caseFile.blobs().store(new ByteArrayInputStream(bytes));
        return caseFile.registry().register("tester", new NewExhibit(parentId, "test-import", name, "/seized/" + name,
                bytes.length, blob.sha256(), blob.md5(), blob.blobId(), mediaType, SEIZURE, null),
                "/seized/" + name);
    }

    /**
     * Writes {@code count} exhibit rows straight into the table, in one batch. Registering takes about 10 ms an
     * exhibit (audit chain, journal fsync); paging only needs rows, so 10,000 take a second this way. Write them
     * into a case with no exhibits yet, then reopen it, so the registry counts from the right id.
     */
    static void bulk(CaseFile caseFile, int count) {
        OffsetDateTime entered = OffsetDateTime.of(2024, 3, 15, 8, 0, 0, 0, ZoneOffset.UTC);
        caseFile.db().transaction(tx -> {
            BatchBindStep batch = tx.dsl().batch(tx.dsl().insertInto(EXHIBIT, EXHIBIT.ID, EXHIBIT.REF,
                    EXHIBIT.ORIGINAL_NAME, EXHIBIT.ORIGINAL_PATH, EXHIBIT.SIZE_BYTES, EXHIBIT.SHA256, EXHIBIT.MD5,
                    EXHIBIT.BLOB_ID, EXHIBIT.MEDIA_TYPE, EXHIBIT.SEIZED_PLACE, EXHIBIT.SEAL_NO, EXHIBIT.CUSTODIAN,
                    EXHIBIT.DISCLOSURE, EXHIBIT.ENTERED_AT)
                    .values((Long) null, null, null, null, null, null, null, null, null, null, null, null, null, null));
            for (long id = 1; id <= count; id++) {
                String hex = String.format("%064x", id);
                batch = batch.bind(id, Exhibit.refFor(id), "note_" + id + ".txt", "/notes/note_" + id + ".txt",
                        1000L + id, hex, hex.substring(32), hex, "text/plain", SEIZURE.place(), SEIZURE.sealNo(),
                        SEIZURE.custodian(), "DISCLOSABLE", entered);
            }
            batch.execute();
        });
    }
}
