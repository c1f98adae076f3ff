package org.spoor.search.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The words of a text as the folded search field sees them, with where each one stands. */
final class TextTokens {

    private final List<String> terms = new ArrayList<>();
    private final List<int[]> offsets = new ArrayList<>();

    private TextTokens() {
    }

    static TextTokens of(Analyzer analyzer, String text) {
        TextTokens tokens = new TextTokens();
        try (TokenStream ts = analyzer.tokenStream("watch", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                tokens.terms.add(term.toString());
                tokens.offsets.add(new int[] {offset.startOffset(), offset.endOffset()});
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
        return tokens;
    }

    int size() {
        return terms.size();
    }

    String term(int i) {
        return terms.get(i);
    }

    List<String> terms() {
        return List.copyOf(terms);
    }

    int startOffset(int i) {
        return offsets.get(i)[0];
    }

    int endOffset(int i) {
        return offsets.get(i)[1];
    }
}
