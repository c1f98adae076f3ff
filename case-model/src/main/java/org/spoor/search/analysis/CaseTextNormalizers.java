package org.spoor.search.analysis;

import com.ibm.icu.text.FilteredNormalizer2;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/** The two Unicode normalisations the case's search fields use. */
final class CaseTextNormalizers {

    /**
     * Tone marks, vowel signs and the Khmer coeng in Thai, Lao, Khmer and Myanmar are part of the
     * spelling, not decoration: folding them away (as UTR #30 does) merges different words. These
     * scripts are therefore left untouched by {@link #FOLDING}.
     */
    private static final UnicodeSet ABUGIDAS_KEPT_AS_WRITTEN =
            new UnicodeSet("[[:Thai:][:Lao:][:Khmer:][:Myanmar:]]").freeze();

    /**
     * Case folding, NFKC and diacritic removal (UTR #30, which also maps {@code đ} to {@code d}),
     * for every script except the abugidas above: {@code vảy tê tê} and {@code VAY TE TE} meet.
     */
    static final Normalizer2 FOLDING = new FilteredNormalizer2(
            ICUFoldingFilter.NORMALIZER, new UnicodeSet(ABUGIDAS_KEPT_AS_WRITTEN).complement().freeze());

    /**
     * Case folding and NFKC only: diacritics stay, so the exact field tells {@code vảy} (scale)
     * from {@code vây} (fin). NFKC also composes decomposed Vietnamese (NFD from macOS file names
     * and some PDFs) so both spellings of the same word meet.
     */
    static final Normalizer2 CASE_ONLY = Normalizer2.getNFKCCasefoldInstance();

    private CaseTextNormalizers() {
    }
}
