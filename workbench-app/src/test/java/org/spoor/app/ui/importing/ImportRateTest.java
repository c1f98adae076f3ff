package org.spoor.app.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ImportRateTest {

    @Test
    void rateIsMegabytesPerSecondAndTimeLeftFollowsTheBytes() {
        ImportRate rate = ImportRate.of(Duration.ofSeconds(10), 900, 1000, 50_000_000, 200_000_000);

        assertThat(rate.megabytesPerSecond()).isEqualTo(5.0);
        assertThat(rate.remaining()).contains(Duration.ofSeconds(30));
    }

    @Test
    void withoutATotalSizeTheFilesGiveTheEstimate() {
        assertThat(ImportRate.of(Duration.ofSeconds(20), 1, 5, 0, 0).remaining()).contains(Duration.ofSeconds(80));
    }

    @Test
    void noEstimateInTheFirstMomentsNorOnceDone() {
        assertThat(ImportRate.of(Duration.ofMillis(100), 1, 2, 10, 20).remaining()).isEmpty();
        assertThat(ImportRate.of(Duration.ofSeconds(5), 2, 2, 20, 20).remaining()).isEmpty();
    }

    @Test
    void timeLeftReadsLikeAClock() {
        assertThat(ImportRate.clock(Duration.ofSeconds(65))).isEqualTo("1:05");
        assertThat(ImportRate.clock(Duration.ofSeconds(7384))).isEqualTo("2:03:04");
    }
}
