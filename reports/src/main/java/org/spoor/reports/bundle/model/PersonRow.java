package org.spoor.reports.bundle.model;

import java.util.List;

/** A person or a number involved, with role and the exhibits that mention them. */
public record PersonRow(String name, String role, List<String> numbers, List<String> exhibitRefs) {
    public PersonRow {
        name = name == null ? "" : name;
        role = role == null ? "" : role;
        numbers = List.copyOf(numbers);
        exhibitRefs = List.copyOf(exhibitRefs);
    }
}
