package org.spoor.search.watch;

import java.util.List;
import java.util.Objects;

/**
 * A named list of terms, numbers or names that every new import is checked against: suspects'
 * names, their phone numbers, a vessel, a species' local names.
 *
 * @param id      the list's id in the case (0 before it is saved)
 * @param name    what the investigator called it, unique in the case
 * @param entries one term, phrase, name or number each; blank entries are dropped
 */
public record WatchList(long id, String name, List<String> entries) {

    /** Longer entries are refused: a watch-list names things, it does not quote documents. */
    public static final int MAX_ENTRY_LENGTH = 500;

    public WatchList {
        Objects.requireNonNull(name, "name");
        entries = entries.stream().filter(e -> e != null && !e.isBlank()).map(String::strip).toList();
        for (String entry : entries) {
            if (entry.length() > MAX_ENTRY_LENGTH) {
                throw new IllegalArgumentException("watch-list entry longer than " + MAX_ENTRY_LENGTH + " characters");
            }
        }
    }
}
