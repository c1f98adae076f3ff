package org.spoor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.search.snippet.HitSpan;
import org.spoor.search.snippet.Snippet;

class SnippetsTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private SearchIndex index;

    @BeforeEach
    void open() {
        index = new SearchIndex(directory);
        for (IndexedItem item : SeizedItems.ALL) {
            index.index(item);
        }
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        directory.close();
    }

    @Test
    void aFoldedQueryMarksTheWordsAsWrittenInTheDocument() {
        Snippet snippet = firstSnippet("vay te te");

        assertThat(snippet.marked()).contains("«vảy» «tê» «tê»");
        assertThat(snippet.hitTexts()).containsExactly("vảy", "tê", "tê");
        HitSpan first = snippet.hits().get(0);
        assertThat(snippet.text().substring(first.start(), first.end())).isEqualTo("vảy");
    }

    @Test
    void aStemmedMatchIsMarkedToo() {
        assertThat(firstSnippet("escama").marked()).contains("«escamas»");
    }

    @Test
    void aPhraseIsMarkedOnlyWhereItsWordsFollowEachOther() {
        index.index(SeizedItems.doc(44, "note.txt", "en",
                "The rhino horn was sold. Later the horn of a rhino was seen."));

        Snippet snippet = index.search(SearchQuery.of("\"rhino horn\"")).hits().get(0).snippet();

        assertThat(snippet.marked()).contains("«rhino» «horn» was sold").contains("the horn of a rhino was");
    }

    @Test
    void prefixAndFuzzyMatchesAreMarked() {
        assertThat(firstSnippet("trengg*").hitTexts()).allMatch(w -> w.toLowerCase().startsWith("trenggiling"));
        assertThat(firstSnippet("pangolim~").hitTexts()).containsExactly("pangolín");
    }

    @Test
    void runOnScriptsAreMarkedWordByWord() {
        assertThat(firstSnippet("ງາຊ້າງ").marked()).contains("ແລະ«ງາຊ້າງ»ຢູ່");
        assertThat(firstSnippet("นอแรด").marked()).contains("และ«นอแรด»ที่");
    }

    @Test
    void htmlSnippetsEscapeTheTextAndBoldTheHits() {
        index.index(SeizedItems.doc(40, "chat.html", "en", "<script>alert(1)</script> price of ivory & horn"));

        assertThat(firstSnippet("ivory").html())
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; price of <b>ivory</b> &amp; horn");
    }

    @Test
    void aHitDeepInALongTextGetsAShortPassageAroundIt() {
        String filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit.\n".repeat(200);
        index.index(SeizedItems.doc(41, "long.txt", "en",
                filler + "The rhino horn was in the blue suitcase. " + filler));

        Snippet snippet = firstSnippet("suitcase");

        assertThat(snippet.hitTexts()).containsExactly("suitcase");
        assertThat(snippet.text()).hasSizeLessThan(400).doesNotContain("\n");
    }

    @Test
    void aHitBeyondTheStoredTextIsFoundButNotMarked() {
        String filler = "word ".repeat(ItemDocuments.STORED_TEXT_LIMIT / 5 + 10);
        index.index(SeizedItems.doc(42, "huge.txt", "en", filler + "tusk"));

        SearchResults results = index.search(SearchQuery.of("tusk"));

        assertThat(results.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.exhibitId()).isEqualTo(42L);
            assertThat(hit.snippet().hits()).isEmpty();
        });
    }

    @Test
    void anItemWithoutTextHasAnEmptySnippet() {
        index.index(new IndexedItem(43, "photo-rhino.jpg", "image/jpeg", null, null, null, null, "image", Map.of()));

        assertThat(firstSnippet("rhino").text()).isEmpty();
    }

    private Snippet firstSnippet(String query) {
        return index.search(SearchQuery.of(query)).hits().get(0).snippet();
    }
}
