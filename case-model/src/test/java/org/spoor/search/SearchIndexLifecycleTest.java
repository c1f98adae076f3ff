package org.spoor.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexLifecycleTest {

    @TempDir
    Path folder;

    @Test
    void anIndexedItemIsFoundBeforeAnyCommit() throws Exception {
        try (Directory dir = FSDirectory.open(folder); SearchIndex index = new SearchIndex(dir)) {
            index.index(SeizedItems.VI_SCALES);

            assertThat(index.search(SearchQuery.of("vay")).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void committedItemsAreThereAfterReopening() throws Exception {
        try (Directory dir = FSDirectory.open(folder); SearchIndex index = new SearchIndex(dir)) {
            index.index(SeizedItems.VI_SCALES);
            index.commit();
        }
        try (Directory dir = FSDirectory.open(folder); SearchIndex index = new SearchIndex(dir)) {
            assertThat(index.search(SearchQuery.of("vay")).hits())
                    .extracting(SearchHit::exhibitId).containsExactly(1L);
        }
    }

    @Test
    void indexingAnExhibitAgainReplacesIt() throws Exception {
        try (Directory dir = FSDirectory.open(folder); SearchIndex index = new SearchIndex(dir)) {
            index.index(SeizedItems.doc(1, "a.txt", "en", "ivory"));
            index.index(SeizedItems.doc(1, "a.txt", "en", "rhino horn"));

            assertThat(index.search(SearchQuery.of("ivory")).totalHits()).isZero();
            assertThat(index.search(SearchQuery.of("rhino")).totalHits()).isEqualTo(1);
            assertThat(index.itemCount()).isEqualTo(1);
        }
    }

    @Test
    void aDeletedExhibitIsNoLongerFound() throws Exception {
        try (Directory dir = FSDirectory.open(folder); SearchIndex index = new SearchIndex(dir)) {
            index.index(SeizedItems.VI_SCALES);
            index.index(SeizedItems.VI_FINS);
            index.deleteExhibit(SeizedItems.VI_SCALES.exhibitId());

            assertThat(index.search(SearchQuery.of("vay")).hits())
                    .extracting(SearchHit::exhibitId).containsExactly(2L);
        }
    }

    @Test
    void aSingleSixMegabyteLineWithoutSpacesIsIndexedAndTheWordAfterItFound() throws Exception {
        String hostile = "A".repeat(6 * 1024 * 1024) + " \u0000 ivory";
        try (Directory dir = FSDirectory.open(folder); SearchIndex index = new SearchIndex(dir)) {
            index.index(SeizedItems.doc(9, "dump.bin.txt", "und", hostile));

            SearchResults results = index.search(SearchQuery.of("ivory"));

            assertThat(results.hits()).extracting(SearchHit::exhibitId).containsExactly(9L);
            assertThat(results.hits().get(0).snippet().text()).hasSizeLessThan(1000);
        }
    }

    @Test
    void workersCanIndexWhileOthersSearch() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (Directory dir = FSDirectory.open(folder); SearchIndex index = new SearchIndex(dir)) {
            List<Future<?>> work = new ArrayList<>();
            for (int w = 0; w < 3; w++) {
                int worker = w;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        index.index(SeizedItems.doc(worker * 1000L + i, "f", "en", "ivory shipment " + i));
                    }
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    index.search(SearchQuery.of("ivory"));
                }
            }));
            for (Future<?> f : work) {
                f.get();
            }
            assertThat(index.search(SearchQuery.of("ivory shipment")).totalHits()).isEqualTo(600);
        } finally {
            pool.shutdownNow();
        }
    }
}
