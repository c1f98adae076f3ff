package org.spoor.search.analysis;

import java.io.Reader;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * File names folded like body text, but dots, underscores and dashes separate words: Unicode
 * word breaking keeps {@code IMG_2034.JPG} and {@code order.txt} whole, yet investigators search
 * for {@code 2034} or {@code order}.
 */
public final class FileNameAnalyzer extends Analyzer {

    private static final Pattern NAME_PUNCTUATION = Pattern.compile("[._\\-~+()\\[\\]{}]");

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new PatternReplaceCharFilter(NAME_PUNCTUATION, " ", reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = new ICUTokenizer();
        return new TokenStreamComponents(words, new ICUNormalizer2Filter(words, CaseTextNormalizers.FOLDING));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ICUNormalizer2Filter(in, CaseTextNormalizers.FOLDING);
    }
}
