package org.spoor.exhibit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.spoor.audit.AuditActions;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.AuditLog;
import org.spoor.custody.CustodyIds;

/**
 * Enters exhibits into the case. Each registration is one audit entry carrying the whole exhibit row
 * and its first custody event, so the custody journal alone can rebuild it.
 */
public final class ExhibitRegistry {

    private final AuditLog audit;
    private final ExhibitRepository exhibits;
    private final CustodyIds custodyIds;
    private final AtomicLong lastId;

    public ExhibitRegistry(AuditLog audit, ExhibitRepository exhibits, CustodyIds custodyIds) {
        this.audit = audit;
        this.exhibits = exhibits;
        this.custodyIds = custodyIds;
        this.lastId = new AtomicLong(exhibits.maxId());
    }

    /**
     * Registers an item and records that it was taken into the case.
     *
     * @param actor who imported it
     * @param reason why it entered, e.g. the path it was imported from
     */
    public synchronized Exhibit register(String actor, NewExhibit item, String reason) {
        long id = lastId.incrementAndGet();
        String ref = Exhibit.refFor(id);
        Map<String, Object> exhibit = new LinkedHashMap<>();
        exhibit.put("id", id);
        exhibit.put("ref", ref);
        exhibit.put("parentId", item.parentId());
        exhibit.put("importId", item.importId());
        exhibit.put("originalName", item.originalName());
        exhibit.put("originalPath", item.originalPath());
        exhibit.put("sizeBytes", item.sizeBytes());
        exhibit.put("sha256", item.sha256());
        exhibit.put("md5", item.md5());
        exhibit.put("blobId", item.blobId());
        exhibit.put("mediaType", item.mediaType());
        exhibit.put("seizedPlace", item.seizure().place());
        exhibit.put("seizedAt", item.seizure().seizedAt() == null ? null : item.seizure().seizedAt().toString());
        exhibit.put("sealNo", item.seizure().sealNo());
        exhibit.put("custodian", item.seizure().custodian());
        exhibit.put("description", item.description());
        exhibit.put("disclosure", Disclosure.DISCLOSABLE.name());
        Map<String, Object> custody = new LinkedHashMap<>();
        custody.put("id", custodyIds.next());
        custody.put("action", "TAKEN_INTO_CASE");
        custody.put("place", item.seizure().place());
        custody.put("reason", reason);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("exhibit", exhibit);
        details.put("custody", custody);
        AuditEntry entry = audit.record(actor, AuditActions.EXHIBIT_REGISTERED, ref, details);
        return exhibits.byId(id).orElseThrow(() -> new IllegalStateException("Registered " + ref
                + " is not in the database after audit entry " + entry.seq()));
    }
}
