package org.spoor.search.watch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.spoor.search.IndexedItem;
import org.spoor.search.analysis.FoldingAnalyzer;

/**
 * Checks newly imported items against the case's watch-lists, in memory, before or while they
 * are indexed: no commit or index search is needed, so the import can flag an item at once.
 *
 * <p>Words and names match as the folded search field does (case and diacritics ignored, Thai,
 * Lao, Khmer and Myanmar broken into words): the entry's words must follow each other in the
 * text, file name or extra metadata. Numbers of six or more digits match by their digits alone,
 * however spaced, and with or without country code or trunk zero (see {@link NumberRuns}).
 *
 * <p>Thread-safe once built; build a new matcher when a watch-list changes.
 */
public final class WatchListMatcher {

    private final Analyzer analyzer = new FoldingAnalyzer();
    /** Word entries by their first word: a text is scanned once whatever the number of entries. */
    private final Map<String, List<WordEntry>> wordEntriesByFirstTerm = new HashMap<>();
    private final List<NumberEntry> numberEntries = new ArrayList<>();

    private record WordEntry(WatchList list, String entry, List<String> terms) {
    }

    private record NumberEntry(WatchList list, String entry, String key) {
    }

    public WatchListMatcher(List<WatchList> lists) {
        for (WatchList list : lists) {
            for (String entry : list.entries()) {
                String numberKey = NumberRuns.keyOf(entry);
                if (numberKey != null) {
                    numberEntries.add(new NumberEntry(list, entry, numberKey));
                    continue;
                }
                List<String> terms = TextTokens.of(analyzer, entry).terms();
                if (!terms.isEmpty()) {
                    wordEntriesByFirstTerm.computeIfAbsent(terms.get(0), t -> new ArrayList<>())
                            .add(new WordEntry(list, entry, terms));
                }
            }
        }
    }

    /** Every entry found in the item, once per list and entry, with the context where first found. */
    public List<WatchHit> matches(IndexedItem item) {
        Map<String, WatchHit> hits = new LinkedHashMap<>();
        List<String> sources = new ArrayList<>();
        sources.add(item.text());
        sources.add(item.fileName());
        sources.addAll(item.extra().values());
        for (String source : sources) {
            if (source != null && !source.isEmpty()) {
                matchWords(item, source, hits);
                matchNumbers(item, source, hits);
            }
        }
        return List.copyOf(hits.values());
    }

    private void matchWords(IndexedItem item, String text, Map<String, WatchHit> hits) {
        if (wordEntriesByFirstTerm.isEmpty()) {
            return;
        }
        TextTokens tokens = TextTokens.of(analyzer, text);
        for (int i = 0; i < tokens.size(); i++) {
            List<WordEntry> candidates = wordEntriesByFirstTerm.get(tokens.term(i));
            if (candidates == null) {
                continue;
            }
            for (WordEntry candidate : candidates) {
                int last = i + candidate.terms().size() - 1;
                if (last < tokens.size() && followsAt(tokens, i, candidate.terms())) {
                    record(hits, item, candidate.list(), candidate.entry(), text,
                            tokens.startOffset(i), tokens.endOffset(last));
                }
            }
        }
    }

    private void matchNumbers(IndexedItem item, String text, Map<String, WatchHit> hits) {
        if (numberEntries.isEmpty()) {
            return;
        }
        for (NumberRuns.Run run : NumberRuns.in(text)) {
            for (NumberEntry candidate : numberEntries) {
                if (run.digits().contains(candidate.key())) {
                    record(hits, item, candidate.list(), candidate.entry(), text, run.start(), run.end());
                }
            }
        }
    }

    private static boolean followsAt(TextTokens tokens, int at, List<String> terms) {
        for (int k = 1; k < terms.size(); k++) {
            if (!tokens.term(at + k).equals(terms.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static void record(Map<String, WatchHit> hits, IndexedItem item, WatchList list, String entry,
                               String text, int start, int end) {
        String key = list.id() + "\u0000" + list.name() + "\u0000" + entry;
        hits.computeIfAbsent(key, k -> new WatchHit(list.id(), list.name(), entry, item.exhibitId(),
                item.fileName(), ContextSnippets.around(text, start, end)));
    }
}
