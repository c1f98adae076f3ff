package org.spoor.search;

import java.time.Instant;
import java.util.Set;

/**
 * A search as the investigator asked it: free text in the query language plus filters.
 *
 * <p>Query language (Lucene classic syntax): words are all required by default; {@code "a b"}
 * phrase; {@code AND}, {@code OR}, {@code NOT} (upper case), {@code +word}, {@code -word};
 * {@code trengg*} prefix; {@code pangolim~} fuzzy; {@code name:ledger} searches file names only.
 * Text that does not parse (an unbalanced quote, a stray colon) is searched as plain words.
 *
 * @param text      the query; null or blank matches every item (filters still apply)
 * @param limit     at most this many hits are returned (the total is still counted)
 * @param kinds     item kinds ({@code message}, {@code call}) or media types ({@code application/pdf},
 *                  {@code image/*}) to keep; null or empty keeps all
 * @param from      keep items whose time is at or after this instant; null for no lower bound
 * @param to        keep items whose time is before this instant; null for no upper bound
 * @param custodian keep items of this custodian (case-insensitive, whole name); null for all
 * @param language  keep items in this language ({@code vi}, {@code vie}, {@code es-MX}); null for all
 */
public record SearchQuery(String text, int limit, Set<String> kinds, Instant from, Instant to,
                          String custodian, String language) {

    public static final int DEFAULT_LIMIT = 50;

    public SearchQuery {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }

    /** Free text only, the default limit, no filters. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, DEFAULT_LIMIT, Set.of(), null, null, null, null);
    }

    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, newLimit, kinds, from, to, custodian, language);
    }

    public SearchQuery withKinds(Set<String> newKinds) {
        return new SearchQuery(text, limit, newKinds, from, to, custodian, language);
    }

    public SearchQuery withTimeRange(Instant newFrom, Instant newTo) {
        return new SearchQuery(text, limit, kinds, newFrom, newTo, custodian, language);
    }

    public SearchQuery withCustodian(String newCustodian) {
        return new SearchQuery(text, limit, kinds, from, to, newCustodian, language);
    }

    public SearchQuery withLanguage(String newLanguage) {
        return new SearchQuery(text, limit, kinds, from, to, custodian, newLanguage);
    }
}
