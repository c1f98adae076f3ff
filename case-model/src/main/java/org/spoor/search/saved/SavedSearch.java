package org.spoor.search.saved;

import java.time.Instant;
import org.spoor.search.SearchQuery;

/** A search the investigator named to run again, e.g. every day of an operation. */
public record SavedSearch(long id, String name, SearchQuery query, Instant savedAt) {
}
