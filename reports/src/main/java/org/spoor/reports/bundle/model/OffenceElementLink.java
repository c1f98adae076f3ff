package org.spoor.reports.bundle.model;

import java.util.List;
import java.util.Objects;

/**
 * Which exhibits prove one element of an offence; elementId names an element of an offence
 * template (e.g. "VN-PC-244.species").
 */
public record OffenceElementLink(String elementId, List<String> exhibitRefs) {
    public OffenceElementLink {
        Objects.requireNonNull(elementId, "elementId");
        exhibitRefs = List.copyOf(exhibitRefs);
    }
}
