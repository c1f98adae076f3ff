package org.spoor.search.watch;

import org.spoor.search.snippet.Snippet;
import org.spoor.search.snippet.SnippetWriter;

/** The words around a hit, for showing the investigator why an exhibit was flagged. */
final class ContextSnippets {

    static final int CONTEXT_CHARS = 60;
    private static final String CUT = "…";

    private ContextSnippets() {
    }

    static Snippet around(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT_CHARS);
        int to = Math.min(text.length(), end + CONTEXT_CHARS);
        from = wordStart(text, from, start);
        to = wordEnd(text, to, end);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        SnippetWriter writer = new SnippetWriter();
        if (from > 0) {
            writer.plain(CUT);
        }
        writer.plain(text.substring(from, start)).hit(text.substring(start, end)).plain(text.substring(end, to));
        if (to < text.length()) {
            writer.plain(CUT);
        }
        return writer.toSnippet();
    }

    /** Moves a cut forward to the next space, so the context does not open mid-word. */
    private static int wordStart(String text, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        int space = text.indexOf(' ', from);
        return space >= 0 && space < limit ? space + 1 : from;
    }

    private static int wordEnd(String text, int to, int limit) {
        if (to == text.length()) {
            return to;
        }
        int space = text.lastIndexOf(' ', to);
        return space > limit ? space : to;
    }
}
