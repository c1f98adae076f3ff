package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.search.SearchHit;
import org.spoor.search.SearchIndex;
import org.spoor.search.SearchQuery;

/** A phone's messages are found one by one by search, each with its place in the database. */
class PhoneMessageSearchTest {

    @TempDir
    Path temp;

    @Test
    void aSearchFindsTheMessageItselfWithItsPlaceAndTheDatabaseKeepsItsOwnItem() throws Exception {
        Path seized = ImportFixtures.seizedSmsDatabase(temp);
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            Map<String, Long> recordsRead = new ConcurrentHashMap<>();
            ImportFixtures.importInto(caseFile, new ImportProgress() {
                @Override
                public void update(int filesDone, int filesTotal, long bytesDone, long bytesTotal, String current) {
                }

                @Override
                public void records(String item, long written) {
                    recordsRead.merge(item, written, Math::max);
                }
            }, seized);
            // The phone database said how far its records had got (a million-message one is minutes of work).
            assertThat(recordsRead.entrySet()).singleElement().satisfies(read -> {
                assertThat(read.getKey()).endsWith("mmssms.db");
                assertThat(read.getValue()).isGreaterThanOrEqualTo(5);
            });
            try (SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
                List<SearchHit> messages = index.search(new SearchQuery("BamBam smashed", 20,
                        Set.of(PhoneMessageIndexing.KIND), null, null, null, null)).hits();
                assertThat(messages).singleElement().satisfies(hit -> {
                    assertThat(hit.fileName()).isEqualTo("mmssms.db");
                    assertThat(hit.extra()).containsEntry(SearchHit.LOCATOR, "sms:_id=5")
                            .containsEntry("to", "1 555-521-5554");
                    assertThat(hit.itemTime()).isNotNull();
                });
                // The other party's number finds every message with it.
                assertThat(index.search(new SearchQuery("15555215554", 20, Set.of(PhoneMessageIndexing.KIND), null,
                        null, null, null)).hits()).extracting(hit -> hit.extra().get(SearchHit.LOCATOR))
                        .contains("sms:_id=3", "sms:_id=4");
            }
            // Importing the same folder again re-indexes the database's own item; its messages stay, once each.
            ImportFixtures.importInto(caseFile, seized);
            try (SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
                assertThat(index.search(SearchQuery.of("BamBam smashed")).hits())
                        .extracting(hit -> hit.extra().get(SearchHit.LOCATOR)).containsExactly("sms:_id=5");
                assertThat(index.search(SearchQuery.of("mmssms")).hits())
                        .filteredOn(hit -> !hit.extra().containsKey(SearchHit.LOCATOR)).as("the database's own item")
                        .singleElement().satisfies(hit -> assertThat(hit.fileName()).isEqualTo("mmssms.db"));
            }
        }
    }
}
