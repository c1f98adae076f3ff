package org.spoor.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;

/**
 * Turns a journaled audit entry into rows, inside the same transaction as the audit row. Appliers
 * must be deterministic: replaying the journal after a crash runs them again on the same entries.
 */
public interface CaseEventApplier {

    /** The audit action this applier handles, e.g. {@code exhibit.registered}. */
    String action();

    void apply(DSLContext transaction, AuditEntry entry, JsonNode details);
}
