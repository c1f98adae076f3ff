package org.spoor.search.schema;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.spoor.search.analysis.ExactAnalyzer;
import org.spoor.search.analysis.FileNameAnalyzer;
import org.spoor.search.analysis.FoldingAnalyzer;
import org.spoor.search.analysis.StemmingAnalyzer;

/** The analyzer of every field of the case index: used identically to index and to query. */
public final class CaseAnalyzers {

    private CaseAnalyzers() {
    }

    /** Folded unless the field is one of the exact or stemmed ones. */
    public static Analyzer perField() {
        return new PerFieldAnalyzerWrapper(new FoldingAnalyzer(), Map.of(
                IndexFields.NAME, new FileNameAnalyzer(),
                IndexFields.TEXT_EXACT, new ExactAnalyzer(),
                IndexFields.TEXT_SPANISH, StemmingAnalyzer.spanish(),
                IndexFields.TEXT_INDONESIAN, StemmingAnalyzer.indonesian()));
    }
}
