package org.spoor.search.snippet;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the highlighter's passages into a {@link Snippet}. Matches of several fields over the
 * same text (folded, exact, stemmed) overlap; they are merged into one span.
 */
final class SnippetFormatter extends PassageFormatter {

    @Override
    public Snippet format(Passage[] passages, String content) {
        SnippetWriter writer = new SnippetWriter();
        for (Passage passage : passages) {
            writer.separator();
            int at = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], at);
                int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (end <= start) {
                    continue;
                }
                if (start > at) {
                    writer.plain(content.substring(at, start));
                }
                writer.hit(content.substring(start, end));
                at = end;
            }
            if (passage.getEndOffset() > at) {
                writer.plain(content.substring(at, passage.getEndOffset()));
            }
        }
        return writer.toSnippet();
    }
}
