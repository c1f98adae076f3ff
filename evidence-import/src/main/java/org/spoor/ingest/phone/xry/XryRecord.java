package org.spoor.ingest.phone.xry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One record of an XRY text export: its title line ({@code Messages-SMS #\t1}), the line it starts
 * on (the citation a bundle can point to) and its fields in the order written. A field may sit under
 * a party heading ({@code From}, {@code To}, {@code Participant}) that gives it its role.
 */
record XryRecord(String title, String section, int line, List<Field> fields) {

    XryRecord {
        fields = List.copyOf(fields);
    }

    /** One {@code Label:<tab>Value} line, with the party heading above it ("" when none). */
    record Field(String party, String label, String value) {

        boolean is(String name) {
            return label.equalsIgnoreCase(name);
        }
    }

    /** Where this record sits in its export, for {@link org.spoor.comms.SourceRef}. */
    String locator() {
        return "line:" + line + " " + title;
    }

    /** The first non-blank value of any of the labels, outside party headings first. */
    Optional<String> value(String... labels) {
        for (String label : labels) {
            for (Field f : fields) {
                if (f.is(label) && !f.value().isBlank()) {
                    return Optional.of(f.value());
                }
            }
        }
        return Optional.empty();
    }

    /** The values of a label under one party heading ("from", "to"), or written as {@code From: value}. */
    List<Field> party(String heading) {
        return fields.stream().filter(f -> f.party().equalsIgnoreCase(heading) || f.is(heading)).toList();
    }

    String sectionKey() {
        return section.toLowerCase(Locale.ROOT);
    }
}
