package org.spoor.app.ui.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.Messages;
import org.spoor.comms.Attachment;
import org.spoor.comms.Message;
import org.spoor.exhibit.Exhibit;

class ChatAttachmentsTest {

    private final TestServices services = new TestServices(Locale.ENGLISH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    /** The fixture phone, its photo now linked to exhibit 3 by the import and a second file missing. */
    private static CaseComms linked() {
        CaseComms phone = CommsFixtures.phone();
        List<Message> messages = new ArrayList<>();
        for (Message m : CommsFixtures.messages()) {
            messages.add(m.attachments().isEmpty() ? m : new Message(m.id(), m.source(), m.conversationKey(),
                    m.service(), m.direction(), m.sender(), m.recipients(), m.sentAt(), m.body(), m.status(),
                    m.deleted(), List.of(new Attachment("part:1", "vay.jpg", "image/jpeg", 1000L, "parts/vay.jpg", 3L),
                            new Attachment("part:2", "cân.jpg", "image/jpeg", 10L, "parts/cân.jpg", null, null,
                                    "no file of this import at parts/cân.jpg"))));
        }
        Map<Long, Exhibit> exhibits = new HashMap<>(phone.exhibits());
        exhibits.put(3L, CommsFixtures.exhibit(3, "vay.jpg"));
        return new CaseComms(messages, phone.calls(), phone.contacts(), phone.devices(), phone.names(), exhibits);
    }

    @Test
    void aLinkedAttachmentOpensItsExhibitAndAMissingOneSaysWhy() throws Exception {
        List<Long> opened = new ArrayList<>();
        CommunicationsViewModel model = new CommunicationsViewModel(ChatAttachmentsTest::linked, services.tasks,
                ZoneId.of("Asia/Ho_Chi_Minh"), Messages.in(Locale.ENGLISH), opened::add);
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && !model.conversations().isEmpty());

        ConversationItem thread = FxTestThread.call(() -> model.conversations().get(0));
        FxTestThread.run(() -> model.open(thread));
        FxTestThread.waitUntil(() -> model.shownProperty().get() == thread);
        List<ChatAttachment> files = FxTestThread.call(() -> model.thread().get(1).attachments());
        files.forEach(model::openAttachment);

        assertThat(files).extracting(ChatAttachment::name, ChatAttachment::exhibitRef).containsExactly(
                org.assertj.core.groups.Tuple.tuple("vay.jpg", "SPR-0003"),
                org.assertj.core.groups.Tuple.tuple("cân.jpg", null));
        assertThat(files.get(1).problem()).isEqualTo("no file of this import at parts/cân.jpg");
        assertThat(opened).containsExactly(3L);
    }

    @Test
    void aMessageThatCarriedOnlyAPositionShowsTheSharedLocation() throws Exception {
        CaseComms phone = CommsFixtures.phone();
        Message first = CommsFixtures.messages().get(0);
        Message locationOnly = new Message(first.id(), first.source(), first.conversationKey(), first.service(),
                first.direction(), first.sender(), first.recipients(), first.sentAt(), null, first.status(), false,
                List.of());
        List<Message> messages = new ArrayList<>(CommsFixtures.messages());
        messages.set(0, locationOnly);
        org.spoor.comms.Location lakXao = new org.spoor.comms.Location(null, first.source(), 18.1906, 104.9694,
                first.sentAt(), null, "WhatsApp shared location", "Lak Xao");
        CaseComms comms = new CaseComms(messages, phone.calls(), phone.contacts(), phone.devices(), phone.names(),
                phone.exhibits(), Map.of(first.source(), lakXao));
        CommunicationsViewModel model = new CommunicationsViewModel(() -> comms, services.tasks,
                ZoneId.of("Asia/Ho_Chi_Minh"), Messages.in(Locale.ENGLISH));
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && !model.conversations().isEmpty());

        List<String> bodies = new ArrayList<>();
        for (ConversationItem c : FxTestThread.call(() -> List.copyOf(model.conversations()))) {
            FxTestThread.run(() -> model.open(c));
            FxTestThread.waitUntil(() -> model.shownProperty().get() == c);
            bodies.addAll(FxTestThread.call(() -> model.thread().stream().map(ChatLine::body).toList()));
        }

        assertThat(bodies).contains("Shared location: 18.19060, 104.96940 Lak Xao");
    }
}
