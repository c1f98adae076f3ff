package org.spoor.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;

/**
 * Words broken by ICU (dictionary breaking for Thai, Lao, Khmer and Myanmar run-on text,
 * UAX #29 elsewhere), then case and diacritics folded: the field that finds {@code vảy tê tê}
 * when {@code vay te te} is typed.
 */
public final class FoldingAnalyzer extends Analyzer {

    /** Gap between values of a multi-valued field so that phrases never span two values. */
    static final int VALUE_GAP = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new ICUTokenizer();
        return new TokenStreamComponents(words, new ICUNormalizer2Filter(words, CaseTextNormalizers.FOLDING));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(in, CaseTextNormalizers.FOLDING);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
    }
}
