package org.spoor.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * The same ICU word breaking as {@link FoldingAnalyzer} but only case-folded: diacritics are kept,
 * so a query typed with them matches here too and ranks above documents matching only folded.
 */
public final class ExactAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new ICUTokenizer();
        return new TokenStreamComponents(words, new ICUNormalizer2Filter(words, CaseTextNormalizers.CASE_ONLY));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(in, CaseTextNormalizers.CASE_ONLY);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return FoldingAnalyzer.VALUE_GAP;
    }
}
