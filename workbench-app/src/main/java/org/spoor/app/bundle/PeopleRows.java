package org.spoor.app.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.spoor.entity.Entity;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.reports.bundle.model.PersonRow;

/**
 * People and phone numbers found in the disclosed exhibits, each with the exhibits that mention
 * them. Mentions in withheld exhibits are not counted: a person or number found only there is left
 * out entirely.
 */
final class PeopleRows {

    /** More than this many rows would bury the bundle; the most-mentioned come first. */
    static final int MAX_ROWS = 1000;

    private final EntityRepository entities;

    PeopleRows(EntityRepository entities) {
        this.entities = entities;
    }

    List<PersonRow> of(DisclosureScope scope) {
        List<PersonRow> rows = new ArrayList<>();
        for (Entity person : entities.findAll(Optional.of(EntityType.PERSON))) {
            List<String> refs = refs(person, scope);
            if (!refs.isEmpty()) {
                rows.add(new PersonRow(person.displayValue(), "person named", List.of(), refs));
            }
        }
        for (Entity phone : entities.findAll(Optional.of(EntityType.PHONE))) {
            List<String> refs = refs(phone, scope);
            if (!refs.isEmpty()) {
                rows.add(new PersonRow("", "phone number", List.of(phone.displayValue()), refs));
            }
        }
        return rows.stream()
                .sorted(Comparator.comparingInt((PersonRow r) -> -r.exhibitRefs().size())
                        .thenComparing(PersonRow::name).thenComparing(r -> String.join(",", r.numbers())))
                .limit(MAX_ROWS).toList();
    }

    private List<String> refs(Entity entity, DisclosureScope scope) {
        TreeSet<String> refs = new TreeSet<>();
        for (EntitySource source : entities.sourcesOf(entity.id())) {
            String ref = scope.refOf(source.exhibitId());
            if (ref != null) {
                refs.add(ref);
            }
        }
        return List.copyOf(refs);
    }
}
