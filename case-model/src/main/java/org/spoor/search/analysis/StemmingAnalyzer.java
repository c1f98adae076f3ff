package org.spoor.search.analysis;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.id.IndonesianStemFilter;

/**
 * Folded words reduced by a light stemmer, for one language's own field. Light stemmers only
 * strip inflection ({@code escamas} → {@code escam}, {@code trenggilingnya} → {@code trenggiling});
 * the field is searched beside the folded and exact ones with a lower weight, so a literal match
 * still ranks first.
 */
public final class StemmingAnalyzer extends Analyzer {

    private final UnaryOperator<TokenStream> stemmer;

    private StemmingAnalyzer(UnaryOperator<TokenStream> stemmer) {
        this.stemmer = stemmer;
    }

    public static StemmingAnalyzer spanish() {
        return new StemmingAnalyzer(SpanishLightStemFilter::new);
    }

    /** Indonesian particles (-lah, -kah, -pun) and possessives (-ku, -mu, -nya) only: no derivational stemming. */
    public static StemmingAnalyzer indonesian() {
        return new StemmingAnalyzer(in -> new IndonesianStemFilter(in, false));
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new ICUTokenizer();
        TokenStream folded = new ICUNormalizer2Filter(words, CaseTextNormalizers.FOLDING);
        return new TokenStreamComponents(words, stemmer.apply(folded));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(in, CaseTextNormalizers.FOLDING);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return FoldingAnalyzer.VALUE_GAP;
    }
}
