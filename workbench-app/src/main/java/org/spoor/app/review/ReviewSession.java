package org.spoor.app.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.spoor.reports.pack.OpenedPack;
import org.spoor.reports.pack.PackExhibit;
import org.spoor.reports.pack.PackReader;
import org.spoor.reports.pack.PackRefusedException;
import org.spoor.review.ReviewCommentsFile;
import org.spoor.review.ReviewException;

/**
 * A case pack open for review (prosecutor, mentor): verified and read-only, searchable in memory,
 * with the reviewer's comments that leave as a small {@code .spoorcomments} file. The one model the
 * reviewer window and tests drive.
 */
public final class ReviewSession implements AutoCloseable {

    private final OpenedPack pack;
    private final PackSearch search;
    private final ReviewComments comments;
    private final Clock clock;
    private String reviewer;
    private int exportedChanges;

    ReviewSession(OpenedPack pack, Clock clock) {
        this.pack = pack;
        this.clock = clock;
        this.search = new PackSearch(pack.exhibits());
        this.comments = new ReviewComments(clock);
    }

    /**
     * Verifies and opens the pack.
     *
     * @param password the transfer password of an encrypted pack, or null
     * @throws PackRefusedException password needed, unreadable, or altered (naming the first file)
     */
    public static ReviewSession open(Path pack, char[] password, Clock clock)
            throws IOException, PackRefusedException {
        return new ReviewSession(new PackReader().open(pack, password), clock);
    }

    public OpenedPack pack() {
        return pack;
    }

    public List<PackExhibit> exhibits() {
        return pack.exhibits();
    }

    public List<PackSearch.Hit> search(String query) {
        return search.search(query, 200);
    }

    public ReviewComments comments() {
        return comments;
    }

    public Optional<String> reviewer() {
        return Optional.ofNullable(reviewer);
    }

    public void reviewer(String name) {
        String stripped = Objects.requireNonNull(name, "name").strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("the reviewer needs a name");
        }
        this.reviewer = stripped;
    }

    /** The comments as the file the investigator imports. */
    public ReviewCommentsFile commentsFile() {
        if (reviewer == null) {
            throw new IllegalStateException("the reviewer has no name yet");
        }
        return new ReviewCommentsFile(pack.caseId(), pack.caseInfo().title(), pack.manifestSha256(), reviewer,
                clock.instant(), comments.all());
    }

    /** The file name the comments are offered under: {@code <case>-review-<reviewer>.spoorcomments}. */
    public String commentsFileName() {
        return ReviewCommentsFile.fileName(pack.caseId(), reviewer == null ? "" : reviewer);
    }

    /** Writes the comments file (whole or not at all) and returns it. */
    public Path exportComments(Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        int changes = comments.changes();
        Files.write(partial, commentsFile().toBytes());
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        exportedChanges = changes;
        return target;
    }

    /** Comments were added, edited or deleted since the last export (or none was made yet). */
    public boolean hasUnexportedComments() {
        return comments.changes() != exportedChanges;
    }

    /**
     * Takes back comments exported earlier on this case's pack.
     *
     * @throws ReviewException altered, not a comments file, or from another case's pack
     */
    public int resume(Path earlier) throws IOException, ReviewException {
        ReviewCommentsFile file = ReviewCommentsFile.parse(Files.readAllBytes(earlier), earlier.getFileName()
                .toString());
        if (!file.caseId().equals(pack.caseId())) {
            throw new ReviewException("review.import.otherCase", "comments of another case", file.caseId(),
                    pack.caseId());
        }
        if (reviewer == null) {
            reviewer = file.reviewer();
        }
        return comments.resume(file);
    }

    @Override
    public void close() {
        search.close();
        pack.close();
    }
}
