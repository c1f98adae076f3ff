package org.spoor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryLanguageTest {

    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private SearchIndex index;

    @BeforeEach
    void indexTheSeizedItems() {
        index = new SearchIndex(directory);
        for (IndexedItem item : SeizedItems.ALL) {
            index.index(item);
        }
        index.index(SeizedItems.doc(30, "order.txt", "en", "Buyer wants rhino horn powder, not pangolin scales."));
        index.index(SeizedItems.doc(31, "reply.txt", "en", "Pangolin meat and horn of the rhino for the restaurant."));
    }

    @AfterEach
    void close() throws Exception {
        index.close();
        directory.close();
    }

    @Test
    void aPhraseFindsOnlyWordsThatFollowEachOther() {
        assertThat(ids("\"rhino horn\"")).containsExactly(30L);
        assertThat(ids("rhino horn")).containsExactlyInAnyOrder(30L, 31L);
    }

    @Test
    void aPhraseWithoutDiacriticsStillFindsTheVietnamese() {
        assertThat(ids("\"vay te te\"")).containsExactly(1L);
        assertThat(ids("\"te te vay\"")).isEmpty();
    }

    @Test
    void wordsAreAllRequiredByDefault() {
        assertThat(ids("pangolin restaurant")).containsExactly(31L);
    }

    @Test
    void orWidensAndNotNarrows() {
        assertThat(ids("restaurant OR powder")).containsExactlyInAnyOrder(30L, 31L);
        assertThat(ids("pangolin NOT powder")).containsExactlyInAnyOrder(6L, 31L);
        assertThat(ids("+rhino -restaurant")).containsExactly(30L);
        assertThat(ids("(vảy OR ngà) AND voi")).containsExactly(3L);
    }

    @Test
    void aQueryOfOnlyExclusionsMeansEverythingElse() {
        assertThat(ids("-pangolin").size()).isEqualTo(SeizedItems.ALL.length + 2 - 3);
    }

    @Test
    void aPrefixFindsEveryCompletion() {
        assertThat(ids("trengg*")).containsExactlyInAnyOrder(4L, 5L);
        assertThat(ids("PANGOL*")).containsExactlyInAnyOrder(6L, 30L, 31L);
    }

    @Test
    void aFuzzyWordForgivesTypos() {
        assertThat(ids("pangolim~")).containsExactlyInAnyOrder(6L, 30L, 31L);
        assertThat(ids("pangolim")).isEmpty();
    }

    @Test
    void aFieldPrefixSearchesOnlyFileNames() {
        assertThat(ids("name:order")).containsExactly(30L);
    }

    @Test
    void textThatIsNotQuerySyntaxIsSearchedAsWords() {
        assertThat(ids("rhino horn\" powder:")).containsExactly(30L);
    }

    private List<Long> ids(String text) {
        return index.search(SearchQuery.of(text)).hits().stream().map(SearchHit::exhibitId).toList();
    }
}
