package org.spoor.search.snippet;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Snippets for the hits of one search, drawn from one stored text field whose matches may come
 * from sibling fields indexed over the same text (Lucene's "masked fields"): a query that matched
 * only the exact or the stemmed field still gets its words marked in the stored text.
 *
 * <p>Offsets come from the postings (indexed with offsets), so a snippet costs no re-analysis.
 * Only the first {@code maxLength} characters of the stored text are considered.
 */
public final class SnippetHighlighter {

    /** Passages per hit; shown in text order, joined by an ellipsis. */
    public static final int MAX_PASSAGES = 3;
    /** Goal length of one passage in characters; breaks fall on word boundaries. */
    static final int PASSAGE_LENGTH = 160;

    private final Analyzer analyzer;
    private final String storedField;
    private final Set<String> siblingFields;
    private final int maxLength;

    public SnippetHighlighter(Analyzer analyzer, String storedField, Set<String> siblingFields, int maxLength) {
        this.analyzer = analyzer;
        this.storedField = storedField;
        this.siblingFields = Set.copyOf(siblingFields);
        this.maxLength = maxLength;
    }

    /**
     * Snippets for {@code docIds}, in the same order; an item without a match in its text gets its
     * opening passage unmarked, an item without text the empty snippet.
     */
    public Snippet[] snippets(IndexSearcher searcher, Query textQuery, int[] docIds) throws IOException {
        if (docIds.length == 0) {
            return new Snippet[0];
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(maxLength)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                // Phrases are still marked strictly (PhraseHelper); Weight.matches costs a quarter more.
                .withWeightMatches(false)
                .withMaskedFieldsFunc(field -> field.equals(storedField) ? siblingFields : Set.of())
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(Locale.ROOT), PASSAGE_LENGTH, 0.5f));
        Object[] formatted = new SnippetObjects(builder).highlight(storedField, textQuery, docIds);
        return Arrays.stream(formatted)
                .map(o -> o instanceof Snippet s ? s : Snippet.EMPTY)
                .toArray(Snippet[]::new);
    }

    /** Exposes the highlighter's formatter objects (the public API only returns strings). */
    private static final class SnippetObjects extends UnifiedHighlighter {

        SnippetObjects(Builder builder) {
            super(builder);
        }

        Object[] highlight(String field, Query query, int[] docIds) throws IOException {
            return highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {MAX_PASSAGES})
                    .get(field);
        }
    }
}
