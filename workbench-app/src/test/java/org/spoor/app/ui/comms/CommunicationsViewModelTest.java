package org.spoor.app.ui.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.Messages;
import org.spoor.comms.Message;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;

class CommunicationsViewModelTest {

    private TestServices services;
    private CommunicationsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void loaded() throws Exception {
        services = new TestServices(Locale.ENGLISH);
        model = new CommunicationsViewModel(CommsFixtures::phone, services.tasks, ZoneId.of("Asia/Ho_Chi_Minh"),
                Messages.in(Locale.ENGLISH));
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && !model.conversations().isEmpty());
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void theThreadShowsWhatCameInOnTheLeftAndWhatWentOutOnTheRightInLocalTimeWithAttachments() throws Exception {
        List<ChatLine> lines = opened(FxTestThread.call(() -> model.conversations().get(0)));

        assertThat(lines).extracting(ChatLine::outgoing).containsExactly(false, true, false);
        assertThat(lines.get(0).who()).isEqualTo("Anh Hùng · " + CommsFixtures.HUNG);
        assertThat(lines.get(0).time()).isEqualTo("2026-03-10 08:00:00");
        assertThat(lines.get(1).attachments()).extracting(ChatAttachment::name).containsExactly("vay.jpg");
        assertThat(lines.get(1).citation()).isEqualTo("SPR-0001 · sms:_id=2");
    }

    @Test
    void aThreadIsTitledWithTheNameTheAddressBookGivesTheOtherParty() {
        ConversationItem thread = FxTestThread.call(() -> model.conversations().get(0));

        assertThat(thread.title()).isEqualTo("Anh Hùng " + CommsFixtures.HUNG);
        assertThat(thread.messageCount()).isEqualTo(3);
        assertThat(thread.last()).isEqualTo(Instant.parse("2026-03-11T02:00:00Z"));
    }

    private List<ChatLine> opened(ConversationItem thread) throws Exception {
        FxTestThread.run(() -> model.open(thread));
        FxTestThread.waitUntil(() -> model.shownProperty().get() == thread);
        return FxTestThread.call(() -> List.copyOf(model.thread()));
    }

    @Test
    void aLongThreadOpensAtItsNewestPageAndSaysSo() throws Exception {
        List<Message> many = new ArrayList<>();
        Message template = CommsFixtures.messages().get(0);
        int total = CommunicationsViewModel.THREAD_PAGE + 500;
        for (int i = 0; i < total; i++) {
            many.add(new Message((long) i, SourceRef.of(1, "sms:_id=" + i), template.conversationKey(),
                    template.service(), template.direction(), template.sender(), template.recipients(),
                    RecordedTime.utc(Instant.parse("2026-03-10T01:00:00Z").plusSeconds(i)), "tin " + i, null, false,
                    List.of()));
        }
        model = new CommunicationsViewModel(() -> CommsFixtures.phone(many), services.tasks,
                ZoneId.of("Asia/Ho_Chi_Minh"), Messages.in(Locale.ENGLISH));
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && !model.conversations().isEmpty());

        List<ChatLine> lines = opened(FxTestThread.call(() -> model.conversations().get(0)));

        assertThat(lines).hasSize(CommunicationsViewModel.THREAD_PAGE);
        assertThat(lines.get(0).body()).isEqualTo("tin 500");
        assertThat(lines.get(lines.size() - 1).body()).isEqualTo("tin " + (total - 1));
        assertThat(FxTestThread.call(() -> model.threadNoteProperty().get()))
                .isEqualTo("Showing the newest 2,000 of 2,500 messages of this thread; search finds any of them.");
        assertThat(FxTestThread.call(() -> model.conversations().get(0).messageCount())).isEqualTo(total);
    }

    @Test
    void whoContactedWhomCountsMessagesAndCallsWithFirstAndLastContact() {
        List<ContactCount> counts = FxTestThread.call(() -> List.copyOf(model.counts()));

        assertThat(counts).singleElement().satisfies(count -> {
            assertThat(count.ownerLabel()).isEqualTo("Phone owner (VN-44-01)");
            assertThat(count.partyKey()).isEqualTo(CommsFixtures.HUNG);
            assertThat(count.messages()).isEqualTo(3);
            assertThat(count.calls()).isEqualTo(2);
            assertThat(count.first()).isEqualTo(Instant.parse("2026-03-09T12:00:00Z"));
            assertThat(count.last()).isEqualTo(Instant.parse("2026-03-12T12:00:00Z"));
        });
    }

    @Test
    void theCallLogNamesDirectionDurationAndWhetherTheCallWasAnswered() {
        List<CallRow> calls = FxTestThread.call(() -> List.copyOf(model.calls()));

        assertThat(calls).extracting(CallRow::direction).containsExactly("Outgoing", "Incoming");
        assertThat(calls).extracting(CallRow::duration).containsExactly("2:06", "0:00");
        assertThat(calls).extracting(CallRow::answered).containsExactly("Yes", "No");
        assertThat(calls.get(0).name()).isEqualTo("Anh Hùng");
        assertThat(calls.get(0).time()).isEqualTo("2026-03-09 19:00:00");
    }
}
