package org.spoor.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.spoor.search.query.FreeTextQueries;
import org.spoor.search.schema.CaseAnalyzers;
import org.spoor.search.schema.IndexFields;
import org.spoor.search.snippet.Snippet;
import org.spoor.search.snippet.SnippetHighlighter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The case's full-text index: items go in as they are imported, searches see them at once
 * (near-real-time reader), {@link #commit()} makes them durable.
 *
 * <p>Thread-safe: any number of import workers may index while others search. The directory
 * belongs to the caller (an encrypted one in a real case) and is not closed here.
 */
public final class SearchIndex implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);

    /**
     * Characters of an item's text kept in the index for snippets. All of the text is searchable;
     * a hit beyond this prefix is found but its snippet is the item's opening, unmarked.
     */
    public static final int STORED_TEXT_LIMIT = ItemDocuments.STORED_TEXT_LIMIT;

    /** The documents of records inside exhibits (messages of a phone), as opposed to exhibits' own. */
    private static final Query RECORDS = new TermQuery(new Term(IndexFields.IS_RECORD, "1"));

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FreeTextQueries freeText;
    private final SnippetHighlighter highlighter;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Opens the index in {@code directory}, creating it if the directory holds none. */
    public SearchIndex(Directory directory) {
        Analyzer analyzer = CaseAnalyzers.perField();
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new SearchException("search.index.openFailed", e, e.getMessage());
        }
        this.freeText = new FreeTextQueries(analyzer, IndexFields.QUERY_FIELD_WEIGHTS);
        this.highlighter = new SnippetHighlighter(analyzer, IndexFields.TEXT,
                Set.of(IndexFields.FIELDS_SHARING_TEXT_OFFSETS), ItemDocuments.STORED_TEXT_LIMIT);
    }

    /** Adds the item, replacing any earlier version of the same exhibit (its records' documents stay). */
    public void index(IndexedItem item) {
        Document doc = ItemDocuments.toDocument(item);
        try {
            writer.deleteDocuments(exhibitDocuments(item.exhibitId(), BooleanClause.Occur.MUST_NOT));
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new SearchException("search.index.writeFailed", e, item.exhibitId(), item.fileName());
        }
    }

    /**
     * Adds one record inside an exhibit (a message of a phone database) as an item of its own, so a search
     * finds the message itself, not only the database that holds a million; replaces the same record.
     */
    public void indexRecord(IndexedItem item, String locator) {
        Document doc = ItemDocuments.toRecordDocument(item, locator);
        try {
            writer.updateDocument(new Term(IndexFields.RECORD_KEY, ItemDocuments.recordKey(item.exhibitId(), locator)),
                    doc);
        } catch (IOException e) {
            throw new SearchException("search.index.writeFailed", e, item.exhibitId(), locator);
        }
    }

    /** Removes the documents of the exhibit's records (a phone write that failed), keeping its own. */
    public void deleteRecords(long exhibitId) {
        try {
            writer.deleteDocuments(exhibitDocuments(exhibitId, BooleanClause.Occur.FILTER));
        } catch (IOException e) {
            throw new SearchException("search.index.writeFailed", e, exhibitId, "");
        }
    }

    public void deleteExhibit(long exhibitId) {
        try {
            writer.deleteDocuments(exhibitTerm(exhibitId));
        } catch (IOException e) {
            throw new SearchException("search.index.writeFailed", e, exhibitId, "");
        }
    }

    /** Makes everything indexed so far durable: it survives a crash and is seen on next open. */
    public void commit() {
        try {
            writer.commit();
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new SearchException("search.index.commitFailed", e, e.getMessage());
        }
    }

    /** Runs the query; every item indexed before this call (committed or not) is seen. */
    public SearchResults search(SearchQuery q) {
        Query query = withFilters(freeText.parse(q.text()), SearchFilters.of(q));
        Query highlightQuery = freeText.parseForHighlighting(q.text());
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return run(searcher, query, highlightQuery, q.limit());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchException("search.index.readFailed", e, q.text());
        }
    }

    /** The number of items in the index, as the next search sees it. */
    public int itemCount() {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new SearchException("search.index.readFailed", e, "");
        }
    }

    /** Commits and releases the index; the directory stays open. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try (writer; searchers) {
            LOG.debug("Closing search index with {} items", writer.getDocStats().numDocs);
        } catch (IOException e) {
            throw new SearchException("search.index.commitFailed", e, e.getMessage());
        }
    }

    private SearchResults run(IndexSearcher searcher, Query query, Query highlightQuery, int limit)
            throws IOException {
        // Investigators quote hit counts, so the total is counted exactly, not estimated.
        TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
        int[] docIds = Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray();
        Snippet[] snippets = docIds.length == 0 ? new Snippet[0]
                : highlighter.snippets(searcher, searcher.rewrite(highlightQuery), docIds);
        List<SearchHit> hits = new ArrayList<>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = ItemDocuments.loadForHit(searcher.storedFields(), sd.doc);
            hits.add(ItemDocuments.toHit(doc, sd.score, snippets[i]));
        }
        return new SearchResults(top.totalHits.value, hits);
    }

    private static Query withFilters(Query textQuery, List<Query> filters) {
        if (filters.isEmpty()) {
            return textQuery;
        }
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(textQuery, BooleanClause.Occur.MUST);
        filters.forEach(f -> filtered.add(f, BooleanClause.Occur.FILTER));
        return filtered.build();
    }

    /** The exhibit's documents: its records' ({@code FILTER}) or its own ({@code MUST_NOT}). */
    private static Query exhibitDocuments(long exhibitId, BooleanClause.Occur records) {
        return new BooleanQuery.Builder().add(new TermQuery(exhibitTerm(exhibitId)), BooleanClause.Occur.FILTER)
                .add(RECORDS, records).build();
    }

    private static Term exhibitTerm(long exhibitId) {
        return new Term(IndexFields.EXHIBIT_ID, Long.toString(exhibitId));
    }
}
