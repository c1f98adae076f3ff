package org.spoor.search.query;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the investigator's query text (Lucene classic syntax) into a query over the weighted
 * text fields. Words are required by default: investigators narrow by adding words.
 */
public final class FreeTextQueries {

    private static final Logger LOG = LoggerFactory.getLogger(FreeTextQueries.class);
    /** {@code pangolim~} allows up to two edits (Lucene's maximum). */
    private static final float FUZZY_EDITS = 2f;
    private static final int HIGHLIGHT_TERMS = 64;

    private final Analyzer analyzer;
    private final String[] fields;
    private final Map<String, Float> weights;

    public FreeTextQueries(Analyzer analyzer, Map<String, Float> weights) {
        this.analyzer = analyzer;
        this.weights = Map.copyOf(weights);
        this.fields = weights.keySet().stream().sorted().toArray(String[]::new);
    }

    /**
     * The query for {@code text}; blank text matches everything. Text that is not valid query
     * syntax is searched as plain words rather than refused: a pasted URL or an odd quote must
     * still find something.
     */
    public Query parse(String text) {
        return parse(text, MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
    }

    /**
     * The same query for marking snippets: a prefix expands to its {@value #HIGHLIGHT_TERMS} most
     * frequent words, so that once rewritten against the index it is made of plain terms and the
     * highlighter reads offsets from the postings. Left as a prefix, the highlighter would
     * re-analyse every hit's text and expand the prefix again per hit, which is slow.
     */
    public Query parseForHighlighting(String text) {
        return parse(text, new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(HIGHLIGHT_TERMS));
    }

    private Query parse(String text, MultiTermQuery.RewriteMethod multiTermRewrite) {
        if (text == null || text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Query query;
        try {
            query = newParser(multiTermRewrite).parse(text);
        } catch (ParseException e) {
            LOG.debug("Query '{}' is not valid syntax ({}); searching it as plain words", text, e.getMessage());
            try {
                query = newParser(multiTermRewrite).parse(QueryParser.escape(text));
            } catch (ParseException escaped) {
                throw new IllegalStateException("escaped query text did not parse", escaped);
            }
        }
        return withPositiveClause(query);
    }

    private MultiFieldQueryParser newParser(MultiTermQuery.RewriteMethod multiTermRewrite) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, weights);
        parser.setMultiTermRewriteMethod(multiTermRewrite);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // Thai, Lao, Khmer and Myanmar are written without spaces: one typed "word" may break
        // into several; they must then follow each other as in a phrase, not match anywhere.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        parser.setAllowLeadingWildcard(false);
        parser.setFuzzyMinSim(FUZZY_EDITS);
        return parser;
    }

    /** A query of only NOT clauses matches nothing in Lucene; here it means "all but these". */
    private static Query withPositiveClause(Query query) {
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder all = new BooleanQuery.Builder()
                    .add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            bool.clauses().forEach(all::add);
            return all.build();
        }
        return query;
    }
}
