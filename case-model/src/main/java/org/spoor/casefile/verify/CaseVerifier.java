package org.spoor.casefile.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoor.audit.AuditActions;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.BlobCheck;
import org.spoor.casefile.crypto.SecretBytes;
import org.spoor.casefile.journal.CustodyJournal;
import org.spoor.casefile.journal.JournalContents;
import org.spoor.casefile.journal.JournalException;
import org.spoor.exhibit.Exhibit;

/**
 * {@code spoor case verify}: re-hashes every stored original against the SHA-256 taken at entry and
 * walks the audit chain against the custody journal. The verification itself is then audited.
 */
public final class CaseVerifier {

    private final CaseFile caseFile;

    public CaseVerifier(CaseFile caseFile) {
        this.caseFile = caseFile;
    }

    public VerificationReport verify(VerificationProgress progress) throws IOException {
        List<VerificationProblem> problems = new ArrayList<>();
        long auditChecked = checkAuditLog(problems);
        List<Exhibit> exhibits = caseFile.exhibits().all();
        Map<String, BlobCheck> checkedBlobs = new HashMap<>();
        int done = 0;
        for (Exhibit exhibit : exhibits) {
            BlobCheck check = checkedBlobs.computeIfAbsent(exhibit.blobId(),
                    id -> caseFile.blobs().verify(id, exhibit.sha256()));
            if (!check.isOk()) {
                problems.add(new VerificationProblem(VerificationProblem.Area.EXHIBIT,
                        exhibit.ref() + " " + exhibit.originalName(), describe(check)));
            }
            progress.exhibitChecked(++done, exhibits.size());
        }
        VerificationReport report = new VerificationReport(exhibits.size(), checkedBlobs.size(), auditChecked,
                problems);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("intact", report.intact());
        details.put("exhibitsChecked", report.exhibitsChecked());
        details.put("auditEntriesChecked", report.auditEntriesChecked());
        details.put("problems", problems.stream().map(VerificationProblem::toString).toList());
        caseFile.audit().record(caseFile.actor(), AuditActions.CASE_VERIFIED, caseFile.header().caseId(), details);
        return report;
    }

    private long checkAuditLog(List<VerificationProblem> problems) throws IOException {
        JournalContents journal;
        try (SecretBytes key = caseFile.deriveKey("journal")) {
            journal = CustodyJournal.read(caseFile.folder().journal(), key);
        } catch (JournalException e) {
            problems.add(new VerificationProblem(VerificationProblem.Area.JOURNAL,
                    "custody journal record " + e.seq(), e.getMessage()));
            return 0;
        }
        return new AuditChainCheck(caseFile.audit(), journal.records()).check(problems);
    }

    private static String describe(BlobCheck check) {
        return switch (check.status()) {
            case MISSING -> "the stored original is missing";
            case CORRUPT -> "the stored original was altered or damaged (" + check.reason() + ")";
            case HASH_MISMATCH -> "the stored original no longer matches the SHA-256 taken at entry";
            case OK -> "intact";
        };
    }

    /** Progress of a long verification, for the terminal and the GUI. */
    public interface VerificationProgress {
        VerificationProgress NONE = (done, total) -> { };

        void exhibitChecked(int done, int total);
    }
}
