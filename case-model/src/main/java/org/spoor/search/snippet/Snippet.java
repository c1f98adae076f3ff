package org.spoor.search.snippet;

import java.util.List;

/**
 * Passages of an item's text around the hits. The text is plain (whitespace runs collapsed,
 * passages joined by {@value #PASSAGE_SEPARATOR}); the hits are spans into it, so a viewer can
 * style them itself. {@link #marked()} and {@link #html()} are ready-made renderings.
 */
public record Snippet(String text, List<HitSpan> hits) {

    public static final String PASSAGE_SEPARATOR = " … ";
    public static final String MARK_OPEN = "«";
    public static final String MARK_CLOSE = "»";
    public static final Snippet EMPTY = new Snippet("", List.of());

    public Snippet {
        hits = List.copyOf(hits);
        int previousEnd = 0;
        for (HitSpan hit : hits) {
            if (hit.start() < previousEnd || hit.end() > text.length()) {
                throw new IllegalArgumentException("spans must be ordered, disjoint and inside the text");
            }
            previousEnd = hit.end();
        }
    }

    /** The text with each hit between « and », for terminals and logs. */
    public String marked() {
        return render(MARK_OPEN, MARK_CLOSE, false);
    }

    /** The text HTML-escaped with each hit in {@code <b>…</b>}. */
    public String html() {
        return render("<b>", "</b>", true);
    }

    /** The hit texts in order, e.g. for a list of what matched. */
    public List<String> hitTexts() {
        return hits.stream().map(h -> text.substring(h.start(), h.end())).toList();
    }

    private String render(String open, String close, boolean escapeHtml) {
        StringBuilder out = new StringBuilder(text.length() + hits.size() * (open.length() + close.length()));
        int at = 0;
        for (HitSpan hit : hits) {
            append(out, text.substring(at, hit.start()), escapeHtml);
            out.append(open);
            append(out, text.substring(hit.start(), hit.end()), escapeHtml);
            out.append(close);
            at = hit.end();
        }
        append(out, text.substring(at), escapeHtml);
        return out.toString();
    }

    private static void append(StringBuilder out, String part, boolean escapeHtml) {
        if (!escapeHtml) {
            out.append(part);
            return;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
