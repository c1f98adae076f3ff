package org.spoor.reports.bundle.disclosure;

import java.util.Map;
import org.spoor.reports.bundle.model.Disclosure;

/**
 * What the disclosure filter kept out, as counts only: the bundle prints these numbers and nothing
 * that could identify the withheld items.
 *
 * @param exhibitsByCategory withheld exhibits per category (INFORMANT, NOT_FOR_DISCLOSURE)
 * @param rowsWithheld timeline and people rows left out because they cite a withheld exhibit
 * @param redactedPassages passages removed from disclosed exhibits
 * @param redactedExhibits disclosed exhibits with at least one passage removed
 */
public record WithheldSummary(Map<Disclosure, Integer> exhibitsByCategory, int rowsWithheld,
                              int redactedPassages, int redactedExhibits) {
    public WithheldSummary {
        exhibitsByCategory = Map.copyOf(exhibitsByCategory);
    }

    public int exhibits(Disclosure category) {
        return exhibitsByCategory.getOrDefault(category, 0);
    }

    public boolean nothingWithheld() {
        return exhibitsByCategory.values().stream().allMatch(n -> n == 0) && rowsWithheld == 0 && redactedPassages == 0;
    }
}
