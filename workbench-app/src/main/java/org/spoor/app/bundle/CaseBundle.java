package org.spoor.app.bundle;

import java.util.List;
import java.util.Map;

import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.reports.bundle.model.BundleRequest;

/**
 * A case turned into the reports module's bundle request, with the exhibits it discloses (for the
 * pack's originals and the audit log) and how many were withheld per category.
 */
public record CaseBundle(BundleRequest request, List<Exhibit> disclosed, Map<Disclosure, Integer> withheld) {

    public CaseBundle {
        disclosed = List.copyOf(disclosed);
        withheld = Map.copyOf(withheld);
    }

    public List<String> disclosedRefs() {
        return disclosed.stream().map(Exhibit::ref).toList();
    }

    public int withheld(Disclosure category) {
        return withheld.getOrDefault(category, 0);
    }
}
