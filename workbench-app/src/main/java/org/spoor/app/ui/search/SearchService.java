package org.spoor.app.ui.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.search.SearchQuery;
import org.spoor.search.SearchResults;

/**
 * Runs a search in the open case's index and records it in the audit log ({@value #SEARCHED}), as
 * {@code spoor search} does: what investigators looked for is part of the case's history.
 */
public final class SearchService {

    public static final String SEARCHED = "case.searched";

    private final CaseSession session;

    public SearchService(CaseSession session) {
        this.session = session;
    }

    /** Call off the FX thread: it reads the index and writes the audit log. */
    public SearchResults search(SearchQuery query) throws IOException {
        SearchResults results = session.searchIndex().search(query);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", query.text() == null ? "" : query.text());
        if (!query.kinds().isEmpty()) {
            details.put("kinds", query.kinds().stream().sorted().toList());
        }
        putIfSet(details, "from", query.from());
        putIfSet(details, "to", query.to());
        putIfSet(details, "custodian", query.custodian());
        putIfSet(details, "language", query.language());
        details.put("hits", results.totalHits());
        details.put("client", "gui");
        session.caseFile().audit().record(session.caseFile().actor(), SEARCHED, null, details);
        return results;
    }

    private static void putIfSet(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }
}
