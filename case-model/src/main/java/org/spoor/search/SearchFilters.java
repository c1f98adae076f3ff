package org.spoor.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.document.LongPoint;
import org.spoor.search.schema.IndexFields;
import org.spoor.search.schema.LanguageCodes;

/** The filters of a {@link SearchQuery} as non-scoring Lucene clauses. */
final class SearchFilters {

    private SearchFilters() {
    }

    static List<Query> of(SearchQuery q) {
        List<Query> filters = new ArrayList<>();
        if (!q.kinds().isEmpty()) {
            filters.add(kindOrType(q));
        }
        if (q.from() != null || q.to() != null) {
            long from = q.from() == null ? Long.MIN_VALUE : q.from().toEpochMilli();
            long to = q.to() == null ? Long.MAX_VALUE : Math.addExact(q.to().toEpochMilli(), -1);
            filters.add(LongPoint.newRangeQuery(IndexFields.ITEM_TIME, from, to));
        }
        if (q.custodian() != null && !q.custodian().isBlank()) {
            filters.add(new TermQuery(new Term(IndexFields.CUSTODIAN_KEY, ItemDocuments.custodianKey(q.custodian()))));
        }
        LanguageCodes.canonical(q.language())
                .ifPresent(code -> filters.add(new TermQuery(new Term(IndexFields.LANGUAGE, code))));
        return filters;
    }

    /** A value with a slash is a media type ({@code image/*} a family of them), else a kind. */
    private static Query kindOrType(SearchQuery q) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String raw : q.kinds()) {
            String value = ItemDocuments.lower(raw);
            if (value == null) {
                continue;
            }
            Query clause;
            if (value.endsWith("/*")) {
                clause = new PrefixQuery(new Term(IndexFields.MEDIA_TYPE, value.substring(0, value.length() - 1)));
            } else if (value.contains("/")) {
                clause = new TermQuery(new Term(IndexFields.MEDIA_TYPE, ItemDocuments.baseMediaType(value)));
            } else {
                clause = new TermQuery(new Term(IndexFields.KIND, value));
            }
            any.add(clause, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }
}
