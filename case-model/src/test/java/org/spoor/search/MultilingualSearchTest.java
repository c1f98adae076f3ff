package org.spoor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MultilingualSearchTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private SearchIndex index;

    @BeforeEach
    void indexTheSeizedItems() {
        index = new SearchIndex(directory);
        for (IndexedItem item : SeizedItems.ALL) {
            index.index(item);
        }
        index.commit();
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        directory.close();
    }

    @ParameterizedTest(name = "[{0}] {1} finds exhibit {2}")
    @CsvSource(delimiter = '|', value = {
        "vi with diacritics    | vảy tê tê           | 1",
        "vi without diacritics | vay te te           | 1",
        "vi đ folded to d      | duong day buon lau  | 3",
        "vi upper case         | NGÀ VOI             | 3",
        "id                    | sisik trenggiling   | 4",
        "id with suffix        | trenggiling karung  | 5",
        "es with accent        | escamas de pangolín | 6",
        "es without accent     | pangolin            | 6",
        "es ñ folded           | senor perez         | 6",
        "es light stemming     | escama              | 6",
        "lo word mid-run       | ງາຊ້າງ               | 7",
        "lo phrase mid-run     | ເກັດລີ່ນ             | 7",
        "km word mid-run       | ខ្លាដំបង             | 8",
        "km phrase mid-run     | ស្នែងរមាស           | 8",
        "th word mid-run       | นอแรด               | 9",
        "th phrase mid-run     | เกล็ดลิ่น            | 9",
        "mn                    | хирсний эвэр        | 10",
        "mn upper case         | ЗААНЫ СОЁО          | 10",
    })
    void eachLanguageFindsItsDocumentAndNoOther(String label, String query, long exhibitId) {
        SearchResults results = index.search(SearchQuery.of(query));

        assertThat(results.hits()).extracting(SearchHit::exhibitId).as(label).containsExactly(exhibitId);
        assertThat(results.totalHits()).isEqualTo(1);
    }

    @Test
    void typedDiacriticsRankTheSameSpellingFirst() {
        List<Long> scales = ids(index.search(SearchQuery.of("vảy")));
        List<Long> fins = ids(index.search(SearchQuery.of("vây")));

        assertThat(scales).containsExactly(SeizedItems.VI_SCALES.exhibitId(), SeizedItems.VI_FINS.exhibitId());
        assertThat(fins).containsExactly(SeizedItems.VI_FINS.exhibitId(), SeizedItems.VI_SCALES.exhibitId());
    }

    @Test
    void aLiteralSpanishWordOutranksAnInflectedOne() {
        index.index(SeizedItems.doc(20, "otra.txt", "es", "Una escama suelta fue hallada en la maleta del viajero."));

        List<Long> hits = ids(index.search(SearchQuery.of("escamas")));

        assertThat(hits).containsExactly(SeizedItems.ES_SCALES.exhibitId(), 20L);
    }

    @Test
    void searchesFindTheFileNameToo() {
        assertThat(ids(index.search(SearchQuery.of("bien ban thu giu")))).containsExactly(1L);
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::exhibitId).toList();
    }
}
