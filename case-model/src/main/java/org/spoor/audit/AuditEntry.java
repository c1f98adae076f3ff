package org.spoor.audit;

import java.time.Instant;

/**
 * One action on the case, as recorded in the hash-chained audit log.
 *
 * @param details canonical JSON (sorted keys) of what the action did; hashed as written
 * @param prevHash the previous entry's {@link #entryHash}, or 64 zeros for the first entry
 * @param entryHash SHA-256 over {@code prevHash} and this entry's canonical content
 */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String details,
                         String prevHash, String entryHash) {

    public static final String GENESIS_HASH = "0".repeat(64);
}
