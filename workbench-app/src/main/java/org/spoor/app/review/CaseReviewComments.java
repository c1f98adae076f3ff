package org.spoor.app.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.spoor.casefile.CaseFile;
import org.spoor.review.ReviewComment;
import org.spoor.review.ReviewCommentRepository;
import org.spoor.review.ReviewCommentsImport;
import org.spoor.review.ReviewException;

/** The investigator's side of a review: reviewers' comments brought into the open case, and read back. */
public final class CaseReviewComments {

    private final CaseFile caseFile;

    public CaseReviewComments(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    /**
     * Imports a reviewer's {@code .spoorcomments} file (audited as {@code review.comments.imported}).
     *
     * @throws ReviewException altered, not a comments file, or made on another case's pack
     */
    public ReviewCommentsImport.Outcome importFile(Path file) throws IOException, ReviewException {
        ReviewCommentsImport.Outcome outcome = new ReviewCommentsImport(caseFile.audit(), caseFile.exhibits(),
                new ReviewCommentRepository(caseFile.db()), caseFile.header().caseId())
                .importFile(caseFile.actor(), Files.readAllBytes(file), file.getFileName().toString());
        caseFile.checkpoint();
        return outcome;
    }

    public List<ReviewComment> onExhibit(long exhibitId) {
        return new ReviewCommentRepository(caseFile.db()).forExhibit(exhibitId);
    }
}
