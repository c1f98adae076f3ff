package org.spoor.ingest.extract.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;

class PhotoFactsReaderTest {

    @Test
    void cameraTimeWithItsOffsetIsAnExactInstant() {
        assertThat(PhotoFactsReader.takenAt("2024-03-05T14:30:00", "+07:00", "2024-03-05T07:29:58Z"))
                .isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
    }

    @Test
    void withoutAnOffsetTheGpsTimeWhichIsUtcIsPreferred() {
        assertThat(PhotoFactsReader.takenAt("2024-03-05T14:30:00", null, "2024-03-05T07:29:58Z"))
                .isEqualTo(Instant.parse("2024-03-05T07:29:58Z"));
    }

    @Test
    void withNeitherTheCameraClockIsReadAsUtc() {
        assertThat(PhotoFactsReader.takenAt("2024-03-05T14:30:00", null, null))
                .isEqualTo(Instant.parse("2024-03-05T14:30:00Z"));
    }

    @Test
    void outOfRangeCoordinatesAndMalformedOffsetsAreDropped() {
        Metadata metadata = new Metadata();
        metadata.set(PhotoFactsReader.LATITUDE, "95.0");
        metadata.set(PhotoFactsReader.LONGITUDE, "105.8");
        metadata.set(PhotoFactsReader.MAKE, "Canon");
        metadata.set(PhotoFactsReader.ORIGINAL_OFFSET, "+7");

        var facts = PhotoFactsReader.read(metadata);

        assertThat(facts.latitude()).isNull();
        assertThat(facts.longitude()).isNull();
        assertThat(facts.originalOffset()).isNull();
        assertThat(facts.deviceMake()).isEqualTo("Canon");
    }

    @Test
    void aDocumentWithoutExifHasNoPhotoFacts() {
        Metadata metadata = new Metadata();
        metadata.set("dcterms:created", "2020-01-01T00:00:00Z");

        assertThat(PhotoFactsReader.read(metadata)).isNull();
    }
}
