package org.spoor.app.ui.audit;

import org.spoor.audit.AuditEntry;

/** One audit entry as the table shows it: local time, readable details, and the entry itself. */
public record AuditRow(long seq, String time, String actor, String action, String subject, String details,
                       AuditEntry entry) {
}
