package org.spoor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.spoor.casefile.journal.CustodyJournal;

/**
 * The one write path for everything that must survive: an action becomes an audit entry, chained to
 * the one before, appended to the fsync'd custody journal (the durable record), then written to the
 * database together with its effect (exhibit rows, custody events) in one transaction. When
 * {@link #record} returns, the action is acknowledged: a crash after that loses nothing.
 */
public final class AuditLog {

    private final DSLContext dsl;
    private final CustodyJournal journal;
    private final Clock clock;
    private final AuditEntryRepository entries;
    private final Map<String, CaseEventApplier> appliers;
    private AuditEntry head;

    public AuditLog(DSLContext dsl, CustodyJournal journal, Clock clock, Collection<CaseEventApplier> appliers) {
        this.dsl = dsl;
        this.journal = journal;
        this.clock = clock;
        this.entries = new AuditEntryRepository(dsl);
        this.appliers = appliers.stream().collect(Collectors.toMap(CaseEventApplier::action, Function.identity()));
        this.head = entries.last().orElse(null);
    }

    /** Records an action with no effect on other tables (a view, an export, a verification). */
    public AuditEntry record(String actor, String action, String subject, Map<String, ?> details) {
        return record(actor, action, subject, AuditJson.canonical(details));
    }

    public synchronized AuditEntry record(String actor, String action, String subject, String canonicalDetails) {
        long seq = head == null ? 1 : head.seq() + 1;
        String prevHash = head == null ? AuditEntry.GENESIS_HASH : head.entryHash();
        // Microseconds: what both H2 and PostgreSQL keep, so the hash still matches after a round trip.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = AuditChain.seal(seq, at, actor, action, subject, canonicalDetails, prevHash);
        try {
            journal.append(seq, AuditJson.toJournalRecord(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("The custody journal could not be written; nothing was recorded", e);
        }
        apply(entry);
        head = entry;
        return entry;
    }

    /** Writes a journaled entry and its effect to the database (also used when replaying the journal). */
    void apply(AuditEntry entry) {
        dsl.transaction(configuration -> {
            DSLContext transaction = configuration.dsl();
            entries.insert(transaction, entry);
            CaseEventApplier applier = appliers.get(entry.action());
            if (applier != null) {
                applier.apply(transaction, entry, AuditJson.parse(entry.details()));
            }
        });
    }

    synchronized void replayed(AuditEntry entry) {
        head = entry;
    }

    public synchronized AuditEntry head() {
        return head;
    }

    public List<AuditEntry> newest(int offset, int limit) {
        return entries.newest(offset, limit);
    }

    public List<AuditEntry> after(long afterSeq, int limit) {
        return entries.after(afterSeq, limit);
    }

    public int count() {
        return entries.count();
    }
}
