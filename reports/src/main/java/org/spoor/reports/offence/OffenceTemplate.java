package org.spoor.reports.offence;

import java.util.List;

/**
 * The elements of one offence of one jurisdiction, read from a data file. {@code status} is
 * "DRAFT" until a lawyer has reviewed the template; the bundle prints it.
 */
public record OffenceTemplate(String id, String country, String title, String law, String articles,
                              String status, String reviewNote, List<OffenceElement> elements) {
    public OffenceTemplate {
        elements = List.copyOf(elements);
    }

    public boolean draft() {
        return !"REVIEWED".equals(status);
    }
}
