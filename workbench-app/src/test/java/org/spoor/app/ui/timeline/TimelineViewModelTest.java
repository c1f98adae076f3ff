package org.spoor.app.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.comms.CommsFixtures;

class TimelineViewModelTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private TestServices services;
    private TimelineViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void loaded() throws Exception {
        services = new TestServices(Locale.ENGLISH);
        Messages messages = Messages.in(Locale.ENGLISH);
        model = new TimelineViewModel(() -> TimelineEvents.from(CommsFixtures.phone(), List.of(), messages, HANOI),
                services.tasks, HANOI, messages);
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && !model.events().isEmpty());
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void seizuresMessagesAndCallsAreEventsInTimeOrderWithTheirSources() {
        List<TimelineEvent> events = FxTestThread.call(() -> List.copyOf(model.events()));

        assertThat(events).extracting(TimelineEvent::lane).containsExactly(TimelineEvent.Lane.CALL,
                TimelineEvent.Lane.MESSAGE, TimelineEvent.Lane.MESSAGE, TimelineEvent.Lane.MESSAGE,
                TimelineEvent.Lane.CALL, TimelineEvent.Lane.SEIZURE);
        assertThat(events.get(0).label()).isEqualTo("Call with Anh Hùng, 126 s");
        assertThat(events.get(5).label()).isEqualTo("Seized at Kho hàng Vinh, seal VN-44-01: 2 exhibits");
        assertThat(events.get(1).citation()).isEqualTo("SPR-0001 · sms:_id=1");
    }

    @Test
    void fittingShowsEveryEventAndZoomingInAroundAMomentKeepsItInPlace() {
        assertThat(FxTestThread.call(() -> model.visibleRows().size())).isEqualTo(6);

        Instant from = FxTestThread.call(model::from);
        Instant to = FxTestThread.call(model::to);
        Instant anchor = from.plus(Duration.between(from, to).dividedBy(4));
        FxTestThread.run(() -> model.zoom(0.25, 0.25));

        assertThat(Duration.between(FxTestThread.call(model::from), FxTestThread.call(model::to)))
                .isEqualTo(Duration.between(from, to).dividedBy(4));
        Instant anchorNow = FxTestThread.call(() -> model.from()
                .plus(Duration.between(model.from(), model.to()).dividedBy(4)));
        assertThat(Duration.between(anchor, anchorNow).abs()).isLessThan(Duration.ofSeconds(1));
        assertThat(FxTestThread.call(() -> model.visibleRows().size())).isLessThan(6);

        FxTestThread.run(model::fit);
        assertThat(FxTestThread.call(() -> model.visibleRows().size())).isEqualTo(6);
    }

    @Test
    void aPhoneOfTensOfThousandsOfMessagesShowsEachThreadsDayAsOneEvent() {
        // Two threads of 3,500 messages a day for three days: past the one-by-one limit.
        List<Message> many = new ArrayList<>();
        Party hung = Party.of("0912 345 678", CommsFixtures.HUNG, null);
        Party tuan = Party.of("0987 654 321", CommsFixtures.TUAN, null);
        Instant start = Instant.parse("2026-03-09T17:00:00Z"); // midnight in Hà Nội
        int perThreadDay = 3_500;
        for (int day = 0; day < 3; day++) {
            for (int i = 0; i < perThreadDay * 2; i++) {
                Party who = i % 2 == 0 ? hung : tuan;
                Instant at = start.plus(Duration.ofDays(day)).plusSeconds(i * 10L);
                many.add(new Message((long) many.size(), SourceRef.of(1, "sms:_id=" + many.size()), null, "SMS",
                        Direction.INCOMING, who, List.of(), RecordedTime.utc(at), "tin", null, false, List.of()));
            }
        }
        assertThat(many.size()).isGreaterThan(TimelineEvents.MESSAGES_ONE_BY_ONE);

        List<TimelineEvent> events = TimelineEvents.from(CommsFixtures.phone(many), List.of(),
                Messages.in(Locale.ENGLISH), HANOI);

        List<TimelineEvent> messageDays = events.stream().filter(e -> e.lane() == TimelineEvent.Lane.MESSAGE)
                .toList();
        assertThat(messageDays).hasSize(6);
        assertThat(messageDays.get(0).label()).isEqualTo("Anh Hùng: 3,500 messages that day");
        assertThat(messageDays.get(0).at()).isEqualTo(start);
        assertThat(messageDays).extracting(TimelineEvent::label)
                .containsOnly("Anh Hùng: 3,500 messages that day", "Tuấn: 3,500 messages that day");
    }

    @Test
    void panningMovesTheRangeAndTheListFollows() {
        FxTestThread.run(() -> model.pan(2));

        assertThat(FxTestThread.call(() -> model.visibleRows().size())).isZero();
    }

    @Test
    void theAxisPutsTicksOnLocalMidnightsForARangeOfDays() {
        TimeAxis axis = new TimeAxis(Instant.parse("2026-03-09T00:00:00Z"), Instant.parse("2026-03-14T00:00:00Z"),
                HANOI);

        List<Instant> ticks = axis.ticks(8);

        assertThat(axis.step(8)).isEqualTo(Duration.ofDays(1));
        assertThat(ticks).first().isEqualTo(Instant.parse("2026-03-09T17:00:00Z"));
        assertThat(axis.label(ticks.get(0), 8)).isEqualTo("2026-03-10");
        assertThat(axis.x(Instant.parse("2026-03-11T12:00:00Z"), 500)).isEqualTo(250.0);
    }

    @Test
    void aRangeOfYearsIsMarkedOnTheFirstOfJanuary() {
        TimeAxis axis = new TimeAxis(Instant.parse("2013-10-29T00:00:00Z"), Instant.parse("2026-03-14T00:00:00Z"),
                HANOI);

        List<Instant> ticks = axis.ticks(8);

        assertThat(ticks).first().isEqualTo(Instant.parse("2014-12-31T17:00:00Z"));
        assertThat(ticks).extracting(tick -> axis.label(tick, 8)).containsExactly("2015", "2017", "2019", "2021",
                "2023", "2025");
    }
}
