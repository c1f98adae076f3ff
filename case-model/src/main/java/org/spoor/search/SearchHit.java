package org.spoor.search;

import java.time.Instant;
import java.util.Map;
import org.spoor.search.snippet.Snippet;

/**
 * One matching item.
 *
 * @param exhibitId the exhibit to open
 * @param fileName  its file name
 * @param score     relevance; only comparable within one search
 * @param snippet   passages of the text around the hits, hits marked; empty text if none
 * @param itemTime  null if unknown
 * @param extra     the item's extra metadata as indexed
 */
public record SearchHit(long exhibitId, String fileName, float score, Snippet snippet, String kind,
                        String mediaType, String language, String custodian, Instant itemTime,
                        Map<String, String> extra) {

    /** Key in {@link #extra()} of a record's place in its exhibit ({@code sms:_id=42}); absent for a whole item. */
    public static final String LOCATOR = "locator";

    public SearchHit {
        extra = Map.copyOf(extra);
    }
}
