package org.spoor.app.ui.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.Messages;

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
    void theThreadShowsWhatCameInOnTheLeftAndWhatWentOutOnTheRightInLocalTimeWithAttachments() {
        List<ChatLine> lines = FxTestThread.call(() -> {
            model.open(model.conversations().get(0));
            return List.copyOf(model.thread());
        });

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
        assertThat(thread.messages()).hasSize(3);
        assertThat(thread.last()).isEqualTo(Instant.parse("2026-03-11T02:00:00Z"));
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
