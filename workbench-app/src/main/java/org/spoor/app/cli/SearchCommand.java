package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.audit.AuditActions;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Exhibit;
import org.spoor.search.SearchHit;
import org.spoor.search.SearchIndex;
import org.spoor.search.SearchQuery;
import org.spoor.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spoor search DIR QUERY [--limit N] [--json]}: each hit names the exhibit and shows a snippet. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Full-text search with snippets.")
final class SearchCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "QUERY", description = "Words, \"phrases\", AND/OR/NOT, prefix*, fuzzy~")
    String query;

    @Option(names = "--limit", defaultValue = "20")
    int limit;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (CaseFile opened = CaseOpener.open(context, caseDir);
             SearchIndex index = new SearchIndex(opened.openIndexDirectory())) {
            SearchResults results = index.search(SearchQuery.of(query).withLimit(limit));
            opened.audit().record(opened.actor(), "case.searched", null,
                    Map.of("query", query, "hits", results.totalHits()));
            if (json) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("query", query);
                doc.put("total", results.totalHits());
                doc.put("hits", results.hits().stream().map(hit -> toJson(opened, hit)).toList());
                context.json().print(doc);
            } else {
                context.out().println(context.messages().get("cli.search.total", results.totalHits(), query));
                for (SearchHit hit : results.hits()) {
                    String ref = opened.exhibits().byId(hit.exhibitId()).map(Exhibit::ref).orElse("?");
                    String place = hit.extra().get(SearchHit.LOCATOR);
                    context.out().println(ref + "  " + hit.fileName() + (place == null ? "" : "  " + place));
                    context.out().println("    " + hit.snippet().marked());
                }
            }
        }
        return ExitCodes.DONE;
    }

    private static Map<String, Object> toJson(CaseFile opened, SearchHit hit) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("exhibitId", hit.exhibitId());
        doc.put("ref", opened.exhibits().byId(hit.exhibitId()).map(Exhibit::ref).orElse(null));
        doc.put("fileName", hit.fileName());
        doc.put("kind", hit.kind());
        doc.put("locator", hit.extra().get(SearchHit.LOCATOR));
        doc.put("score", hit.score());
        doc.put("snippet", hit.snippet().marked());
        return doc;
    }
}
