package org.spoor.app.ui.search;

import java.util.List;

/**
 * One search hit as the results list shows it.
 *
 * @param about kind, language, custodian and time, already formatted
 * @param snippet the passages around the hits, hits marked
 */
public record SearchResultRow(long exhibitId, String ref, String fileName, String about,
                              List<SnippetRuns.Run> snippet) {

    public SearchResultRow {
        snippet = List.copyOf(snippet);
    }
}
