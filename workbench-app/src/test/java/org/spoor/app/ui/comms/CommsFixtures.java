package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.spoor.comms.Attachment;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;

/** A small phone by hand: Lan's phone (seal VN-44-01) talking with Hùng by SMS and calls, Tuấn in her contacts. */
public final class CommsFixtures {

    public static final String HUNG = "+84912345678";
    public static final String TUAN = "+84987654321";

    private CommsFixtures() {
    }

    public static Exhibit exhibit(long id, String name) {
        return new Exhibit(id, Exhibit.refFor(id), null, "import", name, "/seized/" + name, 10, "0".repeat(64),
                "0".repeat(32), "blob" + id, "application/x-sqlite3", "Kho hàng Vinh",
                Instant.parse("2026-03-14T05:40:00Z"), "VN-44-01", "Lan", null, Disclosure.DISCLOSABLE,
                Instant.parse("2026-03-14T06:00:00Z"));
    }

    private static Message sms(long id, Direction direction, Party other, String at, String body,
            List<Attachment> attachments) {
        Party sender = direction == Direction.INCOMING ? other : null;
        List<Party> recipients = direction == Direction.OUTGOING ? List.of(other) : List.of();
        return new Message(id, SourceRef.of(1, "sms:_id=" + id), "thread:7", "SMS", direction, sender, recipients,
                new RecordedTime(Instant.parse(at), "+07:00"), body, null, false, attachments);
    }

    public static CaseComms phone() {
        return phone(messages());
    }

    /** The fixture phone's three SMS with Hùng, oldest first. */
    public static List<Message> messages() {
        Party hung = Party.of("0912 345 678", HUNG, null);
        return List.of(
                sms(1, Direction.INCOMING, hung, "2026-03-10T01:00:00Z", "Hàng về chưa?", List.of()),
                sms(2, Direction.OUTGOING, hung, "2026-03-10T01:05:00Z", "Về rồi, 12 kg",
                        List.of(new Attachment("part:1", "vay.jpg", "image/jpeg", 1000L, null, null))),
                sms(3, Direction.INCOMING, hung, "2026-03-11T02:00:00Z", "Mai lấy", List.of()));
    }

    /** The fixture phone holding {@code messages} instead of its own. */
    public static CaseComms phone(List<Message> messages) {
        List<Call> calls = List.of(
                new Call(10L, SourceRef.of(2, "calls:_id=1"), "Phone", Direction.OUTGOING, Party.of("0912345678",
                        HUNG, null), RecordedTime.utc(Instant.parse("2026-03-09T12:00:00Z")), 126L, true, false),
                new Call(11L, SourceRef.of(2, "calls:_id=2"), "Phone", Direction.INCOMING, Party.of("0912345678",
                        HUNG, null), RecordedTime.utc(Instant.parse("2026-03-12T12:00:00Z")), 0L, false, false));
        List<Contact> contacts = List.of(
                new Contact(20L, SourceRef.of(2, "raw_contacts:_id=1"), "Phone", "Anh Hùng",
                        List.of(new ContactIdentifier(ContactIdentifier.Kind.PHONE, "0912 345 678", HUNG, null))),
                new Contact(21L, SourceRef.of(2, "raw_contacts:_id=2"), "Phone", "Tuấn",
                        List.of(new ContactIdentifier(ContactIdentifier.Kind.PHONE, "0987 654 321", TUAN, null))));
        return new CaseComms(messages, calls, contacts, List.of(), Map.of(HUNG, "Anh Hùng", TUAN, "Tuấn"),
                Map.of(1L, exhibit(1, "mmssms.db"), 2L, exhibit(2, "contacts2.db")));
    }
}
