package org.spoor.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One comment as the reviewer wrote it, in a comments file.
 *
 * @param id the reviewer's own id for the comment (a UUID): the same comment imported twice is one row
 * @param exhibitRef the exhibit commented on ("SPR-0001"), or null for the pack as a whole
 * @param editedAt when the reviewer last changed the text, or null
 */
public record ReviewNote(String id, String exhibitRef, String text, Instant writtenAt, Instant editedAt) {

    /** Longest comment accepted: a note on an exhibit, not a document. */
    public static final int MAX_TEXT = 20_000;

    public ReviewNote {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(writtenAt, "writtenAt");
        exhibitRef = exhibitRef == null || exhibitRef.isBlank() ? null : exhibitRef;
    }

    public ReviewNote edited(String newText, Instant at) {
        return new ReviewNote(id, exhibitRef, newText, writtenAt, at);
    }
}
