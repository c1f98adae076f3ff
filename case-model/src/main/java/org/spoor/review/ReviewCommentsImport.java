package org.spoor.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.spoor.audit.AuditLog;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRepository;

/**
 * Brings a reviewer's comments file into the case. Refused when the file was altered or belongs to
 * another case; otherwise one {@code review.comments.imported} audit entry (reviewer, count, file
 * hash, and each new or edited comment tied to its exhibit by reference) whose applier stores them.
 * Comments already in the case unchanged are skipped, so importing the same file twice adds nothing.
 */
public final class ReviewCommentsImport {

    private final AuditLog audit;
    private final ExhibitRepository exhibits;
    private final ReviewCommentRepository comments;
    private final String caseId;

    public ReviewCommentsImport(AuditLog audit, ExhibitRepository exhibits, ReviewCommentRepository comments,
                                String caseId) {
        this.audit = audit;
        this.exhibits = exhibits;
        this.comments = comments;
        this.caseId = Objects.requireNonNull(caseId, "caseId");
    }

    /** What an import did: comments added or updated, and those already in the case as they are. */
    public record Outcome(ReviewCommentsFile file, String fileSha256, int added, int unchanged) {
        public boolean nothingNew() {
            return added == 0;
        }
    }

    /**
     * @param name the file's name, for messages and the audit entry
     * @throws ReviewException altered or not a comments file, or {@code review.import.otherCase}
     *                         (file's case, this case)
     */
    public Outcome importFile(String actor, byte[] bytes, String name) throws ReviewException {
        ReviewCommentsFile file = ReviewCommentsFile.parse(bytes, name);
        if (!caseId.equals(file.caseId())) {
            throw new ReviewException("review.import.otherCase", "the comments in " + name
                    + " were made on the pack of case " + file.caseId() + ", not of this case (" + caseId + ")", file.caseId(), caseId);
        }
        String fileSha256 = ReviewCommentsFile.fileSha256(bytes);
        Map<String, String> known = comments.textsOf(file.comments().stream().map(ReviewNote::id).toList());
        List<Map<String, Object>> fresh = new ArrayList<>();
        for (ReviewNote note : file.comments()) {
            if (note.text().equals(known.get(note.id()))) {
                continue;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", note.id());
            c.put("exhibitRef", note.exhibitRef());
            c.put("exhibitId", note.exhibitRef() == null ? null
                    : exhibits.byRef(note.exhibitRef()).map(Exhibit::id).orElse(null));
            c.put("text", note.text());
            c.put("writtenAt", note.writtenAt().toString());
            c.put("editedAt", note.editedAt() == null ? null : note.editedAt().toString());
            fresh.add(c);
        }
        int unchanged = file.comments().size() - fresh.size();
        if (fresh.isEmpty() || comments.fileImported(fileSha256)) {
            return new Outcome(file, fileSha256, 0, file.comments().size());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("file", name);
        details.put("fileSha256", fileSha256);
        details.put("reviewer", file.reviewer());
        details.put("count", fresh.size());
        details.put("unchanged", unchanged);
        details.put("packManifestSha256", file.packManifestSha256());
        details.put("exportedAt", file.exportedAt().toString());
        details.put("comments", fresh);
        audit.record(actor, ReviewCommentsImportedApplier.ACTION, caseId, details);
        return new Outcome(file, fileSha256, fresh.size(), unchanged);
    }
}
