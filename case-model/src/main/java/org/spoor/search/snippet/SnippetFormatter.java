package org.spoor.search.snippet;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}. Matches of several fields over the
 * same text (folded, exact, stemmed) overlap; they are merged into one span.
 */
final class SnippetFormatter extends PassageFormatter {

    /**
     * Longest passage kept. Passages end at word breaks, and text without any (a 6 MB line of
     * base64, OCR noise) would otherwise become a snippet of the whole stored text.
     */
    static final int MAX_PASSAGE_CHARS = 2 * SnippetHighlighter.PASSAGE_LENGTH;
    private static final String CUT = "…";

    @Override
    public Snippet format(Passage[] passages, String content) {
        SnippetWriter writer = new SnippetWriter();
        for (Passage passage : passages) {
            writer.separator();
            write(writer, passage, content);
        }
        return writer.toSnippet();
    }

    private static void write(SnippetWriter writer, Passage passage, String content) {
        int from = passage.getStartOffset();
        int to = passage.getEndOffset();
        if (to - from > MAX_PASSAGE_CHARS) {
            int anchor = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : from;
            from = Math.max(from, anchor - MAX_PASSAGE_CHARS / 2);
            to = Math.min(to, from + MAX_PASSAGE_CHARS);
            if (Character.isLowSurrogate(content.charAt(from))) {
                from++;
            }
            if (to < content.length() && Character.isLowSurrogate(content.charAt(to))) {
                to--;
            }
        }
        if (from > passage.getStartOffset()) {
            writer.plain(CUT);
        }
        int at = from;
        for (int i = 0; i < passage.getNumMatches(); i++) {
            int start = Math.max(passage.getMatchStarts()[i], at);
            int end = Math.min(passage.getMatchEnds()[i], to);
            if (end <= start) {
                continue;
            }
            if (start > at) {
                writer.plain(content.substring(at, start));
            }
            writer.hit(content.substring(start, end));
            at = end;
        }
        if (to > at) {
            writer.plain(content.substring(at, to));
        }
        if (to < passage.getEndOffset()) {
            writer.plain(CUT);
        }
    }
}
