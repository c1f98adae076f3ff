package org.spoor.review;

import java.time.Instant;

/**
 * A reviewer's comment as stored in the case.
 *
 * @param exhibitRef null for a comment on the pack as a whole
 * @param exhibitId the exhibit of that reference in this case, or null
 */
public record ReviewComment(String uid, String reviewer, String exhibitRef, Long exhibitId, String text,
                            Instant writtenAt, Instant editedAt, Instant importedAt) {
}
