package org.spoor.casefile;

import java.time.Instant;
import java.util.Objects;

/**
 * What the case is about and who works it: the row a bundle's cover page is built from.
 *
 * @param country ISO 3166-1 alpha-2 code of the country whose law applies (VN, LA, KH, ID, MN, PE, EC, CO)
 * @param jurisdiction the offence template set, by default the country code
 */
public record CaseDetails(String caseId, String title, String country, String jurisdiction, String investigator,
                          String unit, Instant createdAt) {

    public CaseDetails {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("A case needs a title");
        }
    }

    /** Details for a case about to be created; its id and creation time are set by {@link CaseFile#create}. */
    public static CaseDetails draft(String title, String country, String investigator, String unit) {
        return new CaseDetails(null, title, country, country, investigator, unit, null);
    }

    CaseDetails withIdentity(String newCaseId, Instant newCreatedAt) {
        return new CaseDetails(newCaseId, title, country, jurisdiction, investigator, unit, newCreatedAt);
    }
}
