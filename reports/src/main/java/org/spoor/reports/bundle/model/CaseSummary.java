package org.spoor.reports.bundle.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the cover and the case-summary section say about the case.
 *
 * @param jurisdiction ISO 3166 alpha-2 country code ("VN", "ID", "LA", "KH", "MN", "PE", "EC", "CO");
 *                     picks the offence-element templates
 * @param handlingBanner printed at the top of every page, e.g. "OFFICIAL-SENSITIVE: LAW ENFORCEMENT"
 * @param summary free text of the case summary section (may be empty)
 */
public record CaseSummary(String title, String caseNumber, String unit, String investigator,
                          String prosecutorOffice, String jurisdiction, LocalDate date,
                          String handlingBanner, String summary) {
    public CaseSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        caseNumber = caseNumber == null ? "" : caseNumber;
        unit = unit == null ? "" : unit;
        investigator = investigator == null ? "" : investigator;
        prosecutorOffice = prosecutorOffice == null ? "" : prosecutorOffice;
        jurisdiction = jurisdiction == null ? "" : jurisdiction;
        handlingBanner = handlingBanner == null ? "" : handlingBanner;
        summary = summary == null ? "" : summary;
    }
}
