package org.spoor.app.ui.search;

import java.util.ArrayList;
import java.util.List;

import org.spoor.search.snippet.HitSpan;
import org.spoor.search.snippet.Snippet;

/** A snippet cut into plain and hit runs, in order, for a text flow that draws the hits marked. */
public final class SnippetRuns {

    /** A piece of the snippet's text; {@code hit} when it is what the query matched. */
    public record Run(String text, boolean hit) {
    }

    private SnippetRuns() {
    }

    public static List<Run> of(Snippet snippet) {
        List<Run> runs = new ArrayList<>();
        String text = snippet.text();
        int at = 0;
        for (HitSpan span : snippet.hits()) {
            if (span.start() > at) {
                runs.add(new Run(text.substring(at, span.start()), false));
            }
            runs.add(new Run(text.substring(span.start(), span.end()), true));
            at = span.end();
        }
        if (at < text.length()) {
            runs.add(new Run(text.substring(at), false));
        }
        return runs;
    }
}
