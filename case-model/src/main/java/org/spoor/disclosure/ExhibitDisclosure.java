package org.spoor.disclosure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.spoor.audit.AuditLog;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.DisclosureChangedApplier;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRepository;

/**
 * Marks an exhibit as disclosable, informant material or not for disclosure. The marking is an
 * audit entry (who, when, why) whose applier changes the exhibit row: a bundle or pack made later
 * leaves a withheld exhibit and everything embedded in it out.
 */
public final class ExhibitDisclosure {

    private final AuditLog audit;
    private final ExhibitRepository exhibits;

    public ExhibitDisclosure(AuditLog audit, ExhibitRepository exhibits) {
        this.audit = audit;
        this.exhibits = exhibits;
    }

    /** The same as {@code new ExhibitDisclosure(caseFile.audit(), caseFile.exhibits()).mark(...)} as the case's actor. */
    public static Exhibit mark(CaseFile caseFile, long exhibitId, Disclosure disclosure, String reason) {
        return new ExhibitDisclosure(caseFile.audit(), caseFile.exhibits())
                .mark(caseFile.actor(), exhibitId, disclosure, reason);
    }

    /**
     * Records the new marking and returns the exhibit as it now is.
     *
     * @throws IllegalArgumentException when no exhibit has this id, or the reason is blank
     */
    public Exhibit mark(String actor, long exhibitId, Disclosure disclosure, String reason) {
        Objects.requireNonNull(disclosure, "disclosure");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A disclosure marking needs a reason");
        }
        Exhibit exhibit = exhibits.byId(exhibitId)
                .orElseThrow(() -> new IllegalArgumentException("No exhibit with id " + exhibitId));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("exhibitId", exhibitId);
        details.put("disclosure", disclosure.name());
        details.put("reason", reason.strip());
        details.put("previous", exhibit.disclosure().name());
        audit.record(actor, DisclosureChangedApplier.ACTION, exhibit.ref(), details);
        return exhibits.byId(exhibitId).orElseThrow();
    }
}
