package org.spoor.app.ui.audit;

import java.util.List;

import org.spoor.audit.AuditEntry;
import org.spoor.audit.AuditLog;

/** Where the audit view reads entries from: the open case's audit log (a stub in tests). */
public interface AuditSource {

    int count();

    /** The newest entries first, skipping {@code offset}. */
    List<AuditEntry> newest(int offset, int limit);

    static AuditSource of(AuditLog log) {
        return new AuditSource() {
            @Override
            public int count() {
                return log.count();
            }

            @Override
            public List<AuditEntry> newest(int offset, int limit) {
                return log.newest(offset, limit);
            }
        };
    }
}
