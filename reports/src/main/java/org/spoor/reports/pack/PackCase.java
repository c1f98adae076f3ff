package org.spoor.reports.pack;

/** What a pack says about its case (from the exhibit index; the title alone for a pack without one). */
public record PackCase(String caseId, String title, String caseNumber, String unit, String investigator,
                       String prosecutorOffice, String jurisdiction, String handlingBanner) {
}
