package org.spoor.ingest.phone.xry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class XryTimesTest {

    @Test
    void twelveHourTimesAreMonthFirstAndTwentyFourHourTimesDayFirst() {
        assertThat(XryTimes.parse("3/4/2023 2:03:22 PM UTC").instant())
                .isEqualTo(Instant.parse("2023-03-04T14:03:22Z"));
        assertThat(XryTimes.parse("3/4/2023 14:03:22 UTC").instant())
                .isEqualTo(Instant.parse("2023-04-03T14:03:22Z"));
        assertThat(XryTimes.parse("16/03/2023 2:03:22 AM").instant())
                .isEqualTo(Instant.parse("2023-03-16T02:03:22Z"));
    }

    @Test
    void theZoneWrittenIsKeptAsTheOriginalOffsetAndAClockSourceIsIgnored() {
        var time = XryTimes.parse("16/03/2023 14:03:22 (UTC-05:30)");
        assertThat(time.instant()).isEqualTo(Instant.parse("2023-03-16T19:33:22Z"));
        assertThat(time.originalOffset()).isEqualTo("-05:30");
        var device = XryTimes.parse("1/2/2019 12:05:00 AM (Device)");
        assertThat(device.instant()).isEqualTo(Instant.parse("2019-01-02T00:05:00Z"));
        assertThat(device.originalOffset()).isEmpty();
    }

    @Test
    void somethingThatIsNotATimeGivesNone() {
        assertThat(XryTimes.parse("yesterday")).isNull();
        assertThat(XryTimes.parse("31/31/2023 10:00:00")).isNull();
    }
}
