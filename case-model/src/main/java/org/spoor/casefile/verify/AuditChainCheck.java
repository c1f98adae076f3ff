package org.spoor.casefile.verify;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spoor.audit.AuditChain;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.AuditJson;
import org.spoor.audit.AuditLog;
import org.spoor.casefile.journal.JournalRecord;

/**
 * Walks the audit log in the database: every entry must hash to its stored hash, follow the one before
 * it, and be exactly the entry the custody journal recorded at that place. An attacker with the
 * database key can rewrite rows and even recompute the chain, but cannot forge the journal's tags.
 */
final class AuditChainCheck {

    private static final int PAGE = 5_000;

    private final AuditLog audit;
    private final Map<Long, String> journalHashes = new HashMap<>();
    private long journalHead;

    AuditChainCheck(AuditLog audit, List<JournalRecord> journal) throws IOException {
        this.audit = audit;
        for (JournalRecord record : journal) {
            journalHashes.put(record.seq(), AuditJson.fromJournalRecord(record.plaintext()).entryHash());
            journalHead = Math.max(journalHead, record.seq());
        }
    }

    long check(List<VerificationProblem> problems) {
        long expectedSeq = 1;
        String expectedPrev = AuditEntry.GENESIS_HASH;
        long checked = 0;
        List<AuditEntry> page = audit.after(0, PAGE);
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                checked++;
                if (entry.seq() != expectedSeq) {
                    problems.add(problem(expectedSeq, entry.seq() > expectedSeq
                            ? "is missing (the log jumps from entry " + (expectedSeq - 1) + " to " + entry.seq() + ")"
                            : "is out of order"));
                } else if (!AuditChain.isIntact(entry)) {
                    problems.add(problem(entry.seq(), "was altered: its content does not match its hash"));
                } else if (!entry.prevHash().equals(expectedPrev)) {
                    problems.add(problem(entry.seq(), "does not follow entry " + (entry.seq() - 1)
                            + ": the chain is broken (an entry before it was altered or replaced)"));
                } else if (!entry.entryHash().equals(journalHashes.get(entry.seq()))) {
                    problems.add(problem(entry.seq(), journalHashes.containsKey(entry.seq())
                            ? "differs from the custody journal's record of it"
                            : "is not in the custody journal (added behind Spoor's back)"));
                }
                if (!problems.isEmpty()) {
                    return checked; // past the first break every later entry is suspect; name the first
                }
                expectedSeq = entry.seq() + 1;
                expectedPrev = entry.entryHash();
            }
            page = audit.after(expectedSeq - 1, PAGE);
        }
        if (journalHead >= expectedSeq) {
            problems.add(problem(expectedSeq, "is in the custody journal but missing from the database"
                    + " (deleted from the end of the log)"));
        }
        return checked;
    }

    private static VerificationProblem problem(long seq, String reason) {
        return new VerificationProblem(VerificationProblem.Area.AUDIT_LOG, "audit entry " + seq, reason);
    }
}
