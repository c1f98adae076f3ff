package org.spoor.ingest.phone.xry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;

/**
 * Turns XRY records into messages, calls and contacts. Directions follow XRY's words: SMS PDUs of
 * type Deliver arrive and Submit leave; calls are Received, Missed or Dialled.
 */
final class XryRecordMapper {

    private static final String[] NUMBER_LABELS = {"Tel", "Number", "Mobile", "From", "To"};
    private static final String[] NAME_LABELS = {"Name (Matched)", "Name"};

    private final PhoneParseContext context;
    private final PhoneRecordSink sink;
    private final XryDeviceFacts device;
    private Message pending;
    private String pendingReference;

    XryRecordMapper(PhoneParseContext context, PhoneRecordSink sink, XryDeviceFacts device) {
        this.context = context;
        this.sink = sink;
        this.device = device;
    }

    /** Returns whether the record became a normalised record (or device facts). */
    boolean map(XryRecord record, String reportType) {
        String section = record.section().isEmpty() ? reportType : record.section();
        XryLabels.Kind kind = XryLabels.kindOf(section);
        if (kind != XryLabels.Kind.MESSAGES) {
            flush();
        }
        switch (kind) {
            case MESSAGES -> queue(message(record, section), record);
            case CALLS -> sink.call(call(record));
            case CONTACTS -> sink.contact(contact(record));
            case DEVICE -> device.add(record);
            default -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A long SMS arrives in segments that XRY lists as records sharing a {@code Reference Number},
     * numbered by {@code Segment Number}; contiguous segments are joined into one message (as
     * Autopsy does). The text is joined as is: the network splits at a character count, not a word.
     */
    private void queue(Message message, XryRecord r) {
        String reference = r.value("Reference Number").orElse(null);
        String segment = r.value("Segment Number").orElse("1").trim();
        boolean continues = pending != null && reference != null && reference.equals(pendingReference)
                && !segment.equals("1");
        if (continues) {
            pending = new Message(null, pending.source(), pending.conversationKey(), pending.service(),
                    pending.direction(), pending.sender(), pending.recipients(), pending.sentAt(),
                    nonNull(pending.body()) + nonNull(message.body()), pending.status(), pending.deleted(),
                    List.of());
            return;
        }
        flush();
        pending = message;
        pendingReference = reference;
    }

    /** Delivers a message held back for its next segments; called before other records and at the end. */
    void flush() {
        if (pending != null) {
            sink.message(pending);
            pending = null;
            pendingReference = null;
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private Message message(XryRecord r, String section) {
        Direction direction = direction(r.value("Direction", "Type", "Folder", "Status").orElse(""));
        List<Party> from = parties(r, "from");
        List<Party> to = parties(r, "to");
        Party loose = party(r.fields(), "");
        if (from.isEmpty() && to.isEmpty() && loose != null) {
            if (direction == Direction.OUTGOING) {
                to = List.of(loose);
            } else {
                from = List.of(loose);
            }
        }
        if (direction == Direction.UNKNOWN && !from.isEmpty() != !to.isEmpty()) {
            direction = from.isEmpty() ? Direction.OUTGOING : Direction.INCOMING;
        }
        String status = r.value("Status").orElse(null);
        boolean deleted = r.value("Deleted").isPresent()
                || status != null && status.toLowerCase(Locale.ROOT).contains("deleted");
        return new Message(null, context.source(r.locator()), null, service(r, section), direction,
                from.isEmpty() ? null : from.get(0), to, XryTimes.parse(r.value("Time").orElse(null)),
                r.value("Text", "Message").orElse(null), status, deleted, List.of());
    }

    private Call call(XryRecord r) {
        String type = r.value("Call Type", "Type", "Direction").orElse("").toLowerCase(Locale.ROOT);
        Direction direction = direction(type);
        Party other = party(r.fields(), "");
        for (String heading : new String[] {"from", "to", "participant"}) {
            other = other != null ? other : party(r.fields(), heading);
        }
        Long seconds = XryDurations.seconds(r.value("Duration").orElse(null));
        Boolean answered = type.contains("missed") || type.contains("rejected") ? Boolean.FALSE
                : seconds == null ? null : seconds > 0;
        return new Call(null, context.source(r.locator()), r.value("Related Application").orElse("Phone"),
                direction, other, XryTimes.parse(r.value("Time").orElse(null)), seconds, answered,
                r.value("Deleted").isPresent());
    }

    private Contact contact(XryRecord r) {
        List<ContactIdentifier> identifiers = new ArrayList<>();
        for (XryRecord.Field f : r.fields()) {
            String label = f.label().toLowerCase(Locale.ROOT);
            if (f.value().isBlank()) {
                continue;
            }
            if (List.of("tel", "mobile", "home", "work", "number", "fax").contains(label)) {
                NormalisedNumber n = context.numbers().normalise(f.value());
                identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.PHONE, f.value(), n.e164(), f.label()));
            } else if (label.equals("email") || label.equals("e-mail")) {
                identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.EMAIL, f.value(),
                        f.value().trim().toLowerCase(Locale.ROOT), f.label()));
            }
        }
        String name = r.value(NAME_LABELS).orElseGet(() -> String.join(" ",
                r.value("First Name").orElse(""), r.value("Last Name").orElse("")).trim());
        return new Contact(null, context.source(r.locator()), r.value("Related Application").orElse("Contacts"),
                name.isEmpty() ? null : name, identifiers);
    }

    /** The parties under a heading ({@code From} then {@code Tel:}), or written as {@code From: value}. */
    private List<Party> parties(XryRecord r, String heading) {
        List<Party> parties = new ArrayList<>();
        Party p = party(r.party(heading), heading);
        if (p != null) {
            parties.add(p);
        }
        return parties;
    }

    private Party party(List<XryRecord.Field> fields, String heading) {
        String number = null;
        String name = null;
        for (XryRecord.Field f : fields) {
            if (!f.party().equalsIgnoreCase(heading) && !f.is(heading)) {
                continue;
            }
            if (number == null && isAny(f, NUMBER_LABELS) && !f.value().isBlank()) {
                number = f.value();
            } else if (name == null && isAny(f, NAME_LABELS)) {
                name = f.value();
            }
        }
        return number == null && name == null ? null : Parties.of(context.numbers(), number, name);
    }

    private static boolean isAny(XryRecord.Field f, String... labels) {
        for (String label : labels) {
            if (f.is(label)) {
                return true;
            }
        }
        return false;
    }

    static Direction direction(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("delivered")) {
            // A delivery report is about a message the owner sent.
            return Direction.OUTGOING;
        }
        if (v.contains("incoming") || v.contains("received") || v.contains("deliver") || v.contains("missed")
                || v.contains("rejected") || v.contains("inbox")) {
            return Direction.INCOMING;
        }
        if (v.contains("outgoing") || v.contains("dialed") || v.contains("dialled") || v.contains("submit")
                || v.contains("sent") || v.contains("outbox")) {
            return Direction.OUTGOING;
        }
        return Direction.UNKNOWN;
    }

    /** The app that held the message, else the part of the section after "Messages-" ("SMS"). */
    private static String service(XryRecord r, String section) {
        Optional<String> app = r.value("Related Application", "Application");
        if (app.isPresent()) {
            return app.get();
        }
        int dash = section.indexOf('-');
        int slash = section.indexOf('/');
        int cut = Math.max(dash, slash);
        return cut >= 0 && cut < section.length() - 1 ? section.substring(cut + 1).trim() : "SMS";
    }
}
