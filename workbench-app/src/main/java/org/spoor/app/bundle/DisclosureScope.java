package org.spoor.app.bundle;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;

/**
 * Which exhibits may leave the case. An exhibit is withheld when it, or any exhibit it was found
 * inside (a file in an informant's archive, an attachment of a withheld phone), is marked informant
 * material or not for disclosure; it is counted under the nearest such marking. Nothing else about
 * a withheld exhibit is ever handed on.
 */
final class DisclosureScope {

    private final List<Exhibit> disclosed = new ArrayList<>();
    private final Map<Long, Exhibit> disclosedById = new HashMap<>();
    private final Map<Disclosure, Integer> withheld = new EnumMap<>(Disclosure.class);

    DisclosureScope(List<Exhibit> all) {
        Map<Long, Exhibit> byId = new HashMap<>();
        all.forEach(e -> byId.put(e.id(), e));
        for (Exhibit exhibit : all) {
            Disclosure effective = effective(exhibit, byId);
            if (effective == Disclosure.DISCLOSABLE) {
                disclosed.add(exhibit);
                disclosedById.put(exhibit.id(), exhibit);
            } else {
                withheld.merge(effective, 1, Integer::sum);
            }
        }
    }

    private static Disclosure effective(Exhibit exhibit, Map<Long, Exhibit> byId) {
        Exhibit current = exhibit;
        // Bounded walk: a damaged parent chain must not loop forever.
        for (int depth = 0; current != null && depth < 10_000; depth++) {
            if (current.disclosure() != Disclosure.DISCLOSABLE) {
                return current.disclosure();
            }
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        return Disclosure.DISCLOSABLE;
    }

    /** Disclosed exhibits in id order. */
    List<Exhibit> disclosed() {
        return disclosed;
    }

    boolean isDisclosed(long exhibitId) {
        return disclosedById.containsKey(exhibitId);
    }

    /** The reference of a disclosed exhibit, or null for a withheld or unknown one. */
    String refOf(long exhibitId) {
        Exhibit exhibit = disclosedById.get(exhibitId);
        return exhibit == null ? null : exhibit.ref();
    }

    Exhibit disclosedExhibit(long exhibitId) {
        return disclosedById.get(exhibitId);
    }

    int withheld(Disclosure category) {
        return withheld.getOrDefault(category, 0);
    }

    Map<Disclosure, Integer> withheldCounts() {
        return Map.copyOf(withheld);
    }
}
