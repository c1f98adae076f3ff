package org.spoor.app.bundle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.spoor.entity.Entity;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.reports.bundle.model.OffenceElementLink;
import org.spoor.reports.offence.OffenceElement;
import org.spoor.reports.offence.OffenceTemplate;

/**
 * Suggested links from offence elements to exhibits, made from what extraction found: an exhibit
 * that names a species supports the "species" element (the protected-species or category element
 * of each template), one that states a weight supports the quantity element. These are suggestions
 * for the investigator to confirm, and the case summary says so; every other element is left for
 * the investigator to link.
 */
final class OffenceLinks {

    static final String SUGGESTED_NOTE = "The exhibits listed against offence elements were suggested by Spoor "
            + "from species names and weights found in the exhibits' text; they must be confirmed by the "
            + "investigator and the prosecutor. Elements shown as \"none linked\" still need exhibits.";

    private final EntityRepository entities;

    OffenceLinks(EntityRepository entities) {
        this.entities = entities;
    }

    List<OffenceElementLink> suggest(List<OffenceTemplate> templates, DisclosureScope scope) {
        Set<String> speciesRefs = refsMentioning(EntityType.SPECIES, scope);
        Set<String> weightRefs = refsMentioning(EntityType.WEIGHT, scope);
        List<OffenceElementLink> links = new ArrayList<>();
        for (OffenceTemplate template : templates) {
            for (OffenceElement element : template.elements()) {
                String kind = element.id().substring(element.id().lastIndexOf('.') + 1);
                if (!speciesRefs.isEmpty() && (kind.equals("species") || kind.equals("protected")
                        || kind.equals("category"))) {
                    links.add(new OffenceElementLink(element.id(), List.copyOf(speciesRefs)));
                } else if (!weightRefs.isEmpty() && kind.equals("quantity")) {
                    links.add(new OffenceElementLink(element.id(), List.copyOf(weightRefs)));
                }
            }
        }
        return links;
    }

    private Set<String> refsMentioning(EntityType type, DisclosureScope scope) {
        Set<String> refs = new java.util.TreeSet<>();
        for (Entity entity : entities.findAll(Optional.of(type))) {
            for (EntitySource source : entities.sourcesOf(entity.id())) {
                String ref = scope.refOf(source.exhibitId());
                if (ref != null) {
                    refs.add(ref);
                }
            }
        }
        return new LinkedHashSet<>(refs);
    }
}
