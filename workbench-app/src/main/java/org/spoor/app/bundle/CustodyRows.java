package org.spoor.app.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spoor.audit.AuditEntry;
import org.spoor.audit.AuditLog;
import org.spoor.custody.CustodyRepository;
import org.spoor.exhibit.DisclosureChangedApplier;
import org.spoor.exhibit.Exhibit;
import org.spoor.reports.bundle.model.CustodyEvent;

/**
 * Each disclosed exhibit's chain of custody: its custody events (taken into the case, sealed,
 * handed over...) and the other audit entries about it (earlier bundle views, edits, disclosure
 * reviews). A disclosure review is shown without its reason: the reason for an earlier withholding
 * can itself name an informant.
 */
final class CustodyRows {

    private static final int PAGE = 2000;

    private final CustodyRepository custody;
    private final AuditLog audit;
    private final LocalTimes times;

    CustodyRows(CustodyRepository custody, AuditLog audit, LocalTimes times) {
        this.custody = custody;
        this.audit = audit;
        this.times = times;
    }

    List<CustodyEvent> of(List<Exhibit> disclosed) {
        Map<String, List<AuditEntry>> entriesByRef = auditEntriesAbout(disclosed);
        List<CustodyEvent> rows = new ArrayList<>();
        for (Exhibit exhibit : disclosed) {
            Set<Long> custodySeqs = new HashSet<>();
            for (org.spoor.custody.CustodyEvent event : custody.forExhibit(exhibit.id())) {
                custodySeqs.add(event.auditSeq());
                rows.add(new CustodyEvent(exhibit.ref(), times.of(event.at()), event.action(), event.actor(),
                        event.place(), event.reason()));
            }
            for (AuditEntry entry : entriesByRef.getOrDefault(exhibit.ref(), List.of())) {
                if (!custodySeqs.contains(entry.seq())) {
                    rows.add(new CustodyEvent(exhibit.ref(), times.of(entry.at()), describe(entry), entry.actor(),
                            "", "audit entry " + entry.seq()));
                }
            }
        }
        return rows;
    }

    private Map<String, List<AuditEntry>> auditEntriesAbout(List<Exhibit> disclosed) {
        Set<String> refs = new HashSet<>();
        disclosed.forEach(e -> refs.add(e.ref()));
        Map<String, List<AuditEntry>> byRef = new HashMap<>();
        long after = 0;
        for (List<AuditEntry> page = audit.after(after, PAGE); !page.isEmpty(); page = audit.after(after, PAGE)) {
            for (AuditEntry entry : page) {
                if (entry.subject() != null && refs.contains(entry.subject())) {
                    byRef.computeIfAbsent(entry.subject(), k -> new ArrayList<>()).add(entry);
                }
            }
            after = page.get(page.size() - 1).seq();
        }
        return byRef;
    }

    private static String describe(AuditEntry entry) {
        return switch (entry.action()) {
            case DisclosureChangedApplier.ACTION -> "disclosure marking reviewed";
            case BundleAudit.VIEWED_IN_BUNDLE -> "shown in an evidence bundle";
            default -> entry.action();
        };
    }
}
