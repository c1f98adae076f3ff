package org.spoor.review;

import static org.spoor.casefile.db.Tables.REVIEW_COMMENT;
import static org.spoor.casefile.db.Tables.REVIEW_IMPORT;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;

/**
 * Writes the comments of a {@code review.comments.imported} entry: the file, then each comment, new
 * or edited since an earlier import of the same reviewer's comment (same id). Replaying the journal
 * runs it again on the same entry and writes the same rows.
 */
public final class ReviewCommentsImportedApplier implements CaseEventApplier {

    public static final String ACTION = "review.comments.imported";

    @Override
    public String action() {
        return ACTION;
    }

    @Override
    public void apply(DSLContext transaction, AuditEntry entry, JsonNode details) {
        OffsetDateTime at = entry.at().atOffset(ZoneOffset.UTC);
        long importId = transaction.insertInto(REVIEW_IMPORT)
                .set(REVIEW_IMPORT.FILE_SHA256, details.path("fileSha256").asText())
                .set(REVIEW_IMPORT.REVIEWER, details.path("reviewer").asText())
                .set(REVIEW_IMPORT.PACK_MANIFEST_SHA256, details.path("packManifestSha256").asText())
                .set(REVIEW_IMPORT.EXPORTED_AT, time(details.path("exportedAt")))
                .set(REVIEW_IMPORT.IMPORTED_AT, at)
                .set(REVIEW_IMPORT.AUDIT_SEQ, entry.seq())
                .returningResult(REVIEW_IMPORT.ID).fetchOne().value1();
        String reviewer = details.path("reviewer").asText();
        for (JsonNode c : details.path("comments")) {
            String uid = c.path("id").asText();
            Long exhibitId = c.path("exhibitId").isIntegralNumber() ? c.path("exhibitId").asLong() : null;
            int updated = transaction.update(REVIEW_COMMENT)
                    .set(REVIEW_COMMENT.COMMENT_TEXT, c.path("text").asText())
                    .set(REVIEW_COMMENT.EDITED_AT, time(c.path("editedAt")))
                    .set(REVIEW_COMMENT.IMPORT_ID, importId)
                    .where(REVIEW_COMMENT.COMMENT_UID.eq(uid)).execute();
            if (updated == 0) {
                transaction.insertInto(REVIEW_COMMENT)
                        .set(REVIEW_COMMENT.COMMENT_UID, uid)
                        .set(REVIEW_COMMENT.IMPORT_ID, importId)
                        .set(REVIEW_COMMENT.REVIEWER, reviewer)
                        .set(REVIEW_COMMENT.EXHIBIT_REF, c.path("exhibitRef").asText(null))
                        .set(REVIEW_COMMENT.EXHIBIT_ID, exhibitId)
                        .set(REVIEW_COMMENT.COMMENT_TEXT, c.path("text").asText())
                        .set(REVIEW_COMMENT.WRITTEN_AT, time(c.path("writtenAt")))
                        .set(REVIEW_COMMENT.EDITED_AT, time(c.path("editedAt")))
                        .execute();
            }
        }
    }

    private static OffsetDateTime time(JsonNode value) {
        return value.isNull() || value.isMissingNode() || value.asText().isBlank() ? null
                : Instant.parse(value.asText()).atOffset(ZoneOffset.UTC);
    }
}
