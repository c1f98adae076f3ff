package org.spoor.search;

import java.util.List;

/**
 * The answer to one search.
 *
 * @param totalHits how many items match in all (exact, not capped by the limit)
 * @param hits      the best {@code limit} of them, best first
 */
public record SearchResults(long totalHits, List<SearchHit> hits) {

    public SearchResults {
        hits = List.copyOf(hits);
    }
}
