package org.spoor.place;

import java.util.LinkedHashMap;
import java.util.Map;

import org.spoor.audit.AuditLog;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;

/**
 * Confirms or rejects a geocoded place name. The decision is an audit entry ({@code place.confirmed}
 * or {@code place.rejected}: who, when, why) whose applier stores it under the place's key; a later
 * decision on the same key replaces the earlier one, and both stay in the audit log.
 */
public final class PlaceDecisions {

    public static final String CONFIRMED = "place.confirmed";
    public static final String REJECTED = "place.rejected";

    private final AuditLog audit;
    private final PlaceDecisionRepository decisions;
    private final String actor;

    public PlaceDecisions(AuditLog audit, PlaceDecisionRepository decisions, String actor) {
        this.audit = audit;
        this.decisions = decisions;
        this.actor = actor;
    }

    public static PlaceDecisions of(CaseFile caseFile) {
        return new PlaceDecisions(caseFile.audit(), new PlaceDecisionRepository(caseFile.db()), caseFile.actor());
    }

    public PlaceDecision confirm(PlaceKey key, String matchedText, String reason) throws CaseException {
        return decide(CONFIRMED, key, matchedText, reason);
    }

    public PlaceDecision reject(PlaceKey key, String matchedText, String reason) throws CaseException {
        return decide(REJECTED, key, matchedText, reason);
    }

    private PlaceDecision decide(String action, PlaceKey key, String matchedText, String reason)
            throws CaseException {
        if (matchedText == null || matchedText.isBlank()) {
            throw new CaseException(CaseException.Kind.BAD_INPUT, "place.error.text",
                    "A decision needs the place name as written", key.text());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("key", key.text());
        details.put("exhibit", key.exhibitRef());
        details.put("start", key.start());
        details.put("end", key.end());
        details.put("place", key.candidatePlace());
        details.put("text", matchedText.strip());
        details.put("reason", reason == null ? "" : reason.strip());
        decisions.find(key).ifPresent(d -> details.put("previous", d.verdict().name()));
        audit.record(actor, action, key.text(), details);
        return decisions.find(key).orElseThrow();
    }
}
