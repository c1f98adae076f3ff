package org.spoor.audit;

import java.io.IOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.casefile.journal.JournalRecord;

/**
 * Brings the database up to the custody journal on open: entries the journal acknowledged but the
 * database lost (H2 killed mid-write) are applied again, in order. The database never holds an
 * entry the journal lacks, because the journal is always written first.
 */
public final class JournalReconciler {

    private static final Logger LOG = LoggerFactory.getLogger(JournalReconciler.class);

    private JournalReconciler() {
    }

    /** Returns how many entries were replayed. */
    public static int reconcile(AuditLog log, List<JournalRecord> journal) throws IOException {
        AuditEntry head = log.head();
        long dbSeq = head == null ? 0 : head.seq();
        int replayed = 0;
        for (JournalRecord record : journal) {
            if (record.seq() <= dbSeq) {
                continue;
            }
            AuditEntry entry = AuditJson.fromJournalRecord(record.plaintext());
            String expectedPrev = log.head() == null ? AuditEntry.GENESIS_HASH : log.head().entryHash();
            if (entry.seq() != (log.head() == null ? 1 : log.head().seq() + 1)
                    || !entry.prevHash().equals(expectedPrev) || !AuditChain.isIntact(entry)) {
                // Leave the rest to `case verify`, which names the entry; replaying past a break would hide it.
                LOG.warn("Journal entry {} does not continue the audit chain; replay stopped there", entry.seq());
                break;
            }
            log.apply(entry);
            log.replayed(entry);
            replayed++;
        }
        if (replayed > 0) {
            LOG.info("Replayed {} acknowledged entries from the custody journal into the database", replayed);
        }
        return replayed;
    }
}
