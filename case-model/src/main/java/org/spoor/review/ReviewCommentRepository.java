package org.spoor.review;

import static org.spoor.casefile.db.Tables.REVIEW_COMMENT;
import static org.spoor.casefile.db.Tables.REVIEW_IMPORT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The reviewers' comments imported into the case (written only by {@link ReviewCommentsImportedApplier}). */
public final class ReviewCommentRepository {

    private final DSLContext db;

    public ReviewCommentRepository(DSLContext db) {
        this.db = db;
    }

    /** Every comment: on the pack first, then by exhibit reference, each in the order written. */
    public List<ReviewComment> all() {
        return db.select(REVIEW_COMMENT.fields()).select(REVIEW_IMPORT.IMPORTED_AT)
                .from(REVIEW_COMMENT).join(REVIEW_IMPORT).on(REVIEW_IMPORT.ID.eq(REVIEW_COMMENT.IMPORT_ID))
                .orderBy(REVIEW_COMMENT.EXHIBIT_REF.asc().nullsFirst(), REVIEW_COMMENT.WRITTEN_AT,
                        REVIEW_COMMENT.ID)
                .fetch(ReviewCommentRepository::toComment);
    }

    public List<ReviewComment> forExhibit(long exhibitId) {
        return db.select(REVIEW_COMMENT.fields()).select(REVIEW_IMPORT.IMPORTED_AT)
                .from(REVIEW_COMMENT).join(REVIEW_IMPORT).on(REVIEW_IMPORT.ID.eq(REVIEW_COMMENT.IMPORT_ID))
                .where(REVIEW_COMMENT.EXHIBIT_ID.eq(exhibitId))
                .orderBy(REVIEW_COMMENT.WRITTEN_AT, REVIEW_COMMENT.ID)
                .fetch(ReviewCommentRepository::toComment);
    }

    public int count() {
        return db.fetchCount(REVIEW_COMMENT);
    }

    /** The stored text of each of these comment ids that is already in the case. */
    public Map<String, String> textsOf(Collection<String> uids) {
        return db.select(REVIEW_COMMENT.COMMENT_UID, REVIEW_COMMENT.COMMENT_TEXT).from(REVIEW_COMMENT)
                .where(REVIEW_COMMENT.COMMENT_UID.in(uids))
                .fetch().stream().collect(Collectors.toMap(r -> r.value1(), r -> r.value2()));
    }

    public boolean fileImported(String fileSha256) {
        return db.fetchExists(REVIEW_IMPORT, REVIEW_IMPORT.FILE_SHA256.eq(fileSha256));
    }

    private static ReviewComment toComment(Record row) {
        return new ReviewComment(row.get(REVIEW_COMMENT.COMMENT_UID), row.get(REVIEW_COMMENT.REVIEWER),
                row.get(REVIEW_COMMENT.EXHIBIT_REF), row.get(REVIEW_COMMENT.EXHIBIT_ID),
                row.get(REVIEW_COMMENT.COMMENT_TEXT), instant(row.get(REVIEW_COMMENT.WRITTEN_AT)),
                instant(row.get(REVIEW_COMMENT.EDITED_AT)), instant(row.get(REVIEW_IMPORT.IMPORTED_AT)));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
