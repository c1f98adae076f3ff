package org.spoor.app.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.spoor.reports.pack.PackExhibit;
import org.spoor.search.IndexedItem;
import org.spoor.search.SearchHit;
import org.spoor.search.SearchIndex;
import org.spoor.search.SearchQuery;

/**
 * Full-text search over a pack's exhibits with the case's own analysers (Vietnamese, Indonesian,
 * Spanish...), in an index held in memory: nothing of the pack is written to disk in the clear.
 */
public final class PackSearch implements AutoCloseable {

    private final SearchIndex index;
    private final Map<Long, PackExhibit> byId = new LinkedHashMap<>();

    /** One match: the exhibit and the words around the hit, hits marked «like this». */
    public record Hit(PackExhibit exhibit, String snippet) {
    }

    public PackSearch(List<PackExhibit> exhibits) {
        this.index = new SearchIndex(new ByteBuffersDirectory());
        long id = 0;
        for (PackExhibit exhibit : exhibits) {
            byId.put(++id, exhibit);
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("ref", exhibit.ref());
            extra.put("description", exhibit.description());
            extra.put("seizurePlace", exhibit.seizurePlace());
            index.index(new IndexedItem(id, exhibit.name(), exhibit.mediaType(), exhibit.text(), null, null,
                    exhibit.custodian(), exhibit.kind(), extra));
        }
        index.commit();
    }

    public List<Hit> search(String query, int limit) {
        List<Hit> hits = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return hits;
        }
        for (SearchHit hit : index.search(SearchQuery.of(query).withLimit(limit)).hits()) {
            PackExhibit exhibit = byId.get(hit.exhibitId());
            if (exhibit != null) {
                hits.add(new Hit(exhibit, hit.snippet().marked()));
            }
        }
        return hits;
    }

    @Override
    public void close() {
        index.close();
    }
}
