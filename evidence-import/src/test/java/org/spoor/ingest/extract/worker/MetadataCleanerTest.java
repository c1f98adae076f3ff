package org.spoor.ingest.extract.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class MetadataCleanerTest {

    @Test
    void controlCharactersInMetadataBecomeSpacesAndValuesStayOnOneLine() {
        Metadata metadata = new Metadata();
        metadata.add("dc:title", "Shipment\u0000 list\u0007\r\nnext line\u001b[31m");
        metadata.add("File Name", "apache-tika-123.tmp");

        Map<String, List<String>> clean = MetadataCleaner.clean(metadata);

        assertThat(clean.get("dc:title")).containsExactly("Shipment  list   next line [31m");
        assertThat(clean).doesNotContainKey("File Name");
    }

    @Test
    void textKeepsItsLineBreaksAndTabsButLosesOtherControlsAndLoneSurrogates() {
        String cleaned = MetadataCleaner.cleanText("row\t1\nrow\u0000 2\r\n\uD800end \uD83D\uDC3E");

        assertThat(cleaned).isEqualTo("row\t1\nrow  2\r\n\uFFFDend \uD83D\uDC3E");
    }

    @Test
    void bookkeepingKeysAloneSayNothing() {
        assertThat(MetadataCleaner.saysSomething(Map.of("Content-Type", List.of("image/wmf")))).isFalse();
        assertThat(MetadataCleaner.saysSomething(Map.of("dc:creator", List.of("Nguyen")))).isTrue();
    }
}
