package org.spoor.app.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.spoor.review.ReviewCommentsFile;
import org.spoor.review.ReviewNote;

/**
 * The reviewer's own comments on an open pack, in the order written: on an exhibit (by reference)
 * or on the pack as a whole. Kept in memory until exported as a comments file.
 */
public final class ReviewComments {

    private final Clock clock;
    private final List<ReviewNote> notes = new ArrayList<>();
    private int changes;

    public ReviewComments(Clock clock) {
        this.clock = clock;
    }

    /** @param exhibitRef the exhibit, or null for the pack as a whole */
    public ReviewNote add(String exhibitRef, String text) {
        ReviewNote note = new ReviewNote(UUID.randomUUID().toString(), exhibitRef, checked(text), clock.instant(),
                null);
        notes.add(note);
        changes++;
        return note;
    }

    public ReviewNote edit(String id, String text) {
        for (int i = 0; i < notes.size(); i++) {
            if (notes.get(i).id().equals(id)) {
                ReviewNote edited = notes.get(i).edited(checked(text), clock.instant());
                notes.set(i, edited);
                changes++;
                return edited;
            }
        }
        throw new IllegalArgumentException("no comment " + id);
    }

    public void delete(String id) {
        if (notes.removeIf(note -> note.id().equals(id))) {
            changes++;
        }
    }

    /** Counts every add, edit and delete: the window asks before closing on comments not exported. */
    public int changes() {
        return changes;
    }

    public List<ReviewNote> all() {
        return List.copyOf(notes);
    }

    /** @param exhibitRef null for the comments on the pack as a whole */
    public List<ReviewNote> on(String exhibitRef) {
        return notes.stream().filter(note -> Objects.equals(note.exhibitRef(), exhibitRef)).toList();
    }

    /** Takes back comments exported earlier on this pack (the reviewer goes on where they stopped). */
    public int resume(ReviewCommentsFile earlier) {
        int added = 0;
        for (ReviewNote note : earlier.comments()) {
            if (notes.stream().noneMatch(n -> n.id().equals(note.id()))) {
                notes.add(note);
                added++;
            }
        }
        return added;
    }

    private static String checked(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty() || stripped.length() > ReviewNote.MAX_TEXT) {
            throw new IllegalArgumentException("a comment needs 1 to " + ReviewNote.MAX_TEXT + " characters");
        }
        return stripped;
    }
}
