package org.spoor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchFiltersTest {

    private static final Instant JAN = Instant.parse("2024-01-15T10:00:00Z");
    private static final Instant FEB = Instant.parse("2024-02-15T10:00:00Z");
    private static final Instant MAR = Instant.parse("2024-03-15T10:00:00Z");

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private SearchIndex index;

    @BeforeEach
    void indexItemsOfSeveralKindsTimesAndCustodians() {
        index = new SearchIndex(directory);
        index.index(item(1, "message", "text/plain", "vi", JAN, "Nguyễn Văn An", "Hàng vảy tê tê đã tới"));
        index.index(item(2, "call", "application/x-call", "vi", FEB, "Trần Thị Bình", "Cuộc gọi về vảy tê tê"));
        index.index(item(3, "document", "application/pdf; version=1.7", "id", MAR, "Nguyễn Văn An",
                "Nota pengiriman vảy tê tê"));
        index.index(item(4, "image", "image/jpeg", "vi", null, null, "Ảnh vảy tê tê"));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        directory.close();
    }

    @Test
    void kindsKeepOnlyTheNamedKinds() {
        assertThat(ids(query().withKinds(Set.of("message", "Call")))).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aMediaTypeOrFamilyFiltersLikeAKind() {
        assertThat(ids(query().withKinds(Set.of("application/pdf")))).containsExactly(3L);
        assertThat(ids(query().withKinds(Set.of("image/*")))).containsExactly(4L);
    }

    @Test
    void aTimeRangeIncludesItsStartAndExcludesItsEnd() {
        assertThat(ids(query().withTimeRange(FEB, MAR))).containsExactly(2L);
        assertThat(ids(query().withTimeRange(FEB, null))).containsExactlyInAnyOrder(2L, 3L);
        assertThat(ids(query().withTimeRange(null, FEB))).containsExactly(1L);
    }

    @Test
    void aCustodianFilterIgnoresCaseAndSpacing() {
        assertThat(ids(query().withCustodian("  nguyễn   văn an"))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(query().withCustodian("Nguyễn"))).isEmpty();
    }

    @Test
    void aLanguageFilterAcceptsTheCommonSpellingsOfALanguage() {
        assertThat(ids(query().withLanguage("id"))).containsExactly(3L);
        assertThat(ids(query().withLanguage("ind"))).containsExactly(3L);
        assertThat(ids(query().withLanguage("in-ID"))).containsExactly(3L);
    }

    @Test
    void filtersCombineAndApplyWithoutText() {
        SearchQuery all = new SearchQuery(null, 10, Set.of("message", "document"), null, null, "Nguyễn Văn An", "vi");
        assertThat(ids(all)).containsExactly(1L);
    }

    @Test
    void theTotalCountsEveryMatchBeyondTheLimit() {
        SearchResults results = index.search(query().withLimit(2));

        assertThat(results.hits()).hasSize(2);
        assertThat(results.totalHits()).isEqualTo(4);
    }

    @Test
    void aHitCarriesTheItemsStoredFields() {
        SearchHit hit = index.search(query().withKinds(Set.of("document"))).hits().get(0);

        assertThat(hit.fileName()).isEqualTo("file-3");
        assertThat(hit.mediaType()).isEqualTo("application/pdf");
        assertThat(hit.language()).isEqualTo("id");
        assertThat(hit.custodian()).isEqualTo("Nguyễn Văn An");
        assertThat(hit.itemTime()).isEqualTo(MAR);
        assertThat(hit.kind()).isEqualTo("document");
        assertThat(hit.extra()).containsEntry("seal", "SEAL-3");
    }

    private static SearchQuery query() {
        return SearchQuery.of("vay te te");
    }

    private List<Long> ids(SearchQuery q) {
        return index.search(q).hits().stream().map(SearchHit::exhibitId).toList();
    }

    private static IndexedItem item(long id, String kind, String type, String lang, Instant time, String custodian,
                                    String text) {
        return new IndexedItem(id, "file-" + id, type, text, lang, time, custodian, kind,
                Map.of("seal", "SEAL-" + id));
    }
}
