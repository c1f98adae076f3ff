package org.spoor.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommsRepositoriesTest {

    private CommsTestDatabase database;
    private long exhibit;

    @BeforeEach
    void openCase() throws Exception {
        database = new CommsTestDatabase();
        exhibit = database.exhibit(7, "mmssms.db");
    }

    @AfterEach
    void closeCase() throws Exception {
        database.close();
    }

    @Test
    void aMessageKeepsItsSourceRowItsUtcInstantAndItsOriginalOffset() {
        var conversations = new ConversationRepository(database.db);
        conversations.add(new Conversation(null, SourceRef.of(exhibit, "threads:_id=1"), "sms:1", "SMS", null,
                List.of(Party.of("0912 345 678", "+84912345678", "Anh Ba"))));
        var messages = new MessageRepository(database.db);
        RecordedTime sent = RecordedTime.of(OffsetDateTime.parse("2024-03-01T21:15:00+07:00"));
        messages.add(new Message(null, SourceRef.of(exhibit, "sms:_id=42"), "sms:1", "SMS", Direction.INCOMING,
                Party.of("0912 345 678", "+84912345678", "Anh Ba"), List.of(), sent, "hàng về rồi", null, false,
                List.of(new Attachment("part:_id=3", "a.jpg", "image/jpeg", 10L, "files/a.jpg", null))));

        List<Message> stored = messages.findByExhibit(exhibit);

        assertThat(stored).hasSize(1);
        Message m = stored.get(0);
        assertThat(m.source().locator()).isEqualTo("sms:_id=42");
        assertThat(m.conversationKey()).isEqualTo("sms:1");
        assertThat(m.sentAt().instant()).isEqualTo(Instant.parse("2024-03-01T14:15:00Z"));
        assertThat(m.sentAt().originalOffset()).isEqualTo("+07:00");
        assertThat(m.sender().normalised()).isEqualTo("+84912345678");
        assertThat(m.body()).isEqualTo("hàng về rồi");
        assertThat(m.attachments()).extracting(Attachment::fileName).containsExactly("a.jpg");
        assertThat(conversations.findByExhibit(exhibit).get(0).participants())
                .extracting(Party::displayName).containsExactly("Anh Ba");
    }

    @Test
    void batchedMessagesLandWithTheirConversationCreatedOnFirstUse() {
        var messages = new MessageRepository(database.db);
        messages.addAll(List.of(
                message("sms:_id=1", "t:9", "one", Instant.parse("2020-01-01T00:00:02Z")),
                message("sms:_id=2", "t:9", "two", Instant.parse("2020-01-01T00:00:01Z")),
                message("sms:_id=3", null, "three", null)));

        assertThat(messages.countByExhibit(exhibit)).isEqualTo(3);
        assertThat(messages.findByExhibit(exhibit)).extracting(Message::body).containsExactly("two", "one", "three");
        assertThat(new ConversationRepository(database.db).findByExhibit(exhibit))
                .extracting(Conversation::key).containsExactly("t:9");
    }

    @Test
    void callsContactsDevicesAccountsAndLocationsRoundTrip() {
        new CallRepository(database.db).add(new Call(null, SourceRef.of(exhibit, "calls:_id=714"), "Phone",
                Direction.INCOMING, Party.of("5404561685", "+15404561685", "Barney"),
                RecordedTime.utc(Instant.ofEpochMilli(1383772636690L)), 0L, false, false));
        new ContactRepository(database.db).add(new Contact(null, SourceRef.of(exhibit, "raw_contacts:_id=1"),
                "Phone", "Barney", List.of(new ContactIdentifier(ContactIdentifier.Kind.PHONE, "540-456-1685",
                        "+15404561685", "mobile"))));
        new DeviceRepository(database.db).add(new Device(null, SourceRef.of(exhibit, "DeviceInfo"), "0912345678",
                "+84912345678", "490154203237518", "Owner phone", "SM-A105"));
        new AccountRepository(database.db).add(new Account(null, SourceRef.of(exhibit, "UserAccount:1"),
                "WhatsApp", "84912345678@s.whatsapp.net", "+84912345678", "Ba"));
        new LocationRepository(database.db).add(new Location(null, SourceRef.of(exhibit, "Location:9"), 21.03,
                105.85, null, 12.5, "GPS", "warehouse"));

        assertThat(new CallRepository(database.db).findByExhibit(exhibit)).singleElement().satisfies(c -> {
            assertThat(c.counterpart().normalised()).isEqualTo("+15404561685");
            assertThat(c.answered()).isFalse();
            assertThat(c.startedAt().originalOffset()).isEmpty();
        });
        assertThat(new ContactRepository(database.db).findByExhibit(exhibit).get(0).identifiers())
                .extracting(ContactIdentifier::normalised).containsExactly("+15404561685");
        assertThat(new DeviceRepository(database.db).findByExhibit(exhibit).get(0).imei()).isEqualTo("490154203237518");
        assertThat(new AccountRepository(database.db).findByExhibit(exhibit).get(0).identifier())
                .isEqualTo("+84912345678");
        assertThat(new LocationRepository(database.db).findByExhibit(exhibit).get(0).accuracyMetres())
                .isEqualTo(12.5);
    }

    private Message message(String locator, String conversation, String body, Instant at) {
        return new Message(null, SourceRef.of(exhibit, locator), conversation, "SMS", Direction.OUTGOING, null,
                List.of(Party.of("+84912345678", "+84912345678", null)), at == null ? null : RecordedTime.utc(at),
                body, null, false, List.of());
    }
}
