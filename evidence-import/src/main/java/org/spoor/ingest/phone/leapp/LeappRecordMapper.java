package org.spoor.ingest.phone.leapp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Conversation;
import org.spoor.comms.Direction;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;

/**
 * Maps rows of the known ALEAPP/iLEAPP artifacts to normalised records. Values are the modules'
 * own words: ALEAPP's SMS {@code Type} is Received/Sent and its call {@code Type} Incoming,
 * Outgoing, Missed, Rejected...; iLEAPP writes Incoming/Outgoing and Answered Yes/No.
 */
final class LeappRecordMapper {

    private final PhoneParseContext context;
    private final PhoneRecordSink sink;
    private final String origin;
    private final Set<String> conversations = new HashSet<>();

    LeappRecordMapper(PhoneParseContext context, PhoneRecordSink sink, String origin) {
        this.context = context;
        this.sink = sink;
        this.origin = origin;
    }

    void map(LeappArtifact artifact, LeappRow row) {
        switch (artifact) {
            case ANDROID_SMS -> message(row, "SMS", "address", "body", "date", "type", "thread_id");
            case IOS_SMS -> message(row, service(row), "chat_contact_id", "message", "message_timestamp",
                    "message_direction", "chat_id");
            case WHATSAPP_LEGACY -> message(row, "WhatsApp", "recipients", "message", "message_timestamp",
                    "direction", "recipients");
            case WHATSAPP -> whatsApp(row);
            case ANDROID_CALLS -> call(row, "Phone", "partner", "call_date", "type", "duration_in_secs");
            case IOS_CALLS -> call(row, firstOf(row, "call_type", "service_provider", "Phone"), "phone_number",
                    row.get("starting_timestamp") != null ? "starting_timestamp" : "timestamp", "call_direction",
                    "call_duration");
            case ANDROID_CONTACTS -> androidContact(row);
            case IOS_CONTACTS -> iosContact(row);
            case LOCATIONS -> location(row);
        }
    }

    private void message(LeappRow row, String service, String partyColumn, String bodyColumn, String timeColumn,
            String directionColumn, String threadColumn) {
        Direction direction = direction(row.get(directionColumn), row.get("from_me"));
        Party other = Parties.of(context.numbers(), row.get(partyColumn), null);
        String thread = row.get(threadColumn);
        String key = thread == null ? null : "thread:" + thread;
        if (key != null && conversations.add(key)) {
            sink.conversation(new Conversation(null, context.source(row.locator()), key, service,
                    other == null ? null : other.raw(), other == null ? List.of() : List.of(other)));
        }
        boolean incoming = direction == Direction.INCOMING;
        sink.message(new Message(null, context.source(row.locator()), key, service, direction,
                incoming ? other : null, incoming || other == null ? List.of() : List.of(other),
                LeappValues.time(row.get(timeColumn)), row.get(bodyColumn), null, false, List.of()));
    }

    /** The newer ALEAPP WhatsApp layout names both ends; the other party is the sender of what arrived. */
    private void whatsApp(LeappRow row) {
        Direction direction = direction(row.get("direction"), null);
        Party sender = Parties.of(context.numbers(), row.get("sender"), null);
        Party recipient = Parties.of(context.numbers(), row.get("recipient"), null);
        boolean incoming = direction == Direction.INCOMING;
        sink.message(new Message(null, context.source(row.locator()), null, "WhatsApp", direction,
                incoming ? sender : null, !incoming && recipient != null ? List.of(recipient) : List.of(),
                LeappValues.time(row.get("send_timestamp")), row.get("content"), null, false, List.of()));
    }

    private void call(LeappRow row, String service, String partyColumn, String timeColumn, String typeColumn,
            String durationColumn) {
        String type = String.valueOf(LeappValues.plain(row.get(typeColumn))).toLowerCase(Locale.ROOT);
        Direction direction = direction(type, null);
        Long seconds = LeappValues.seconds(row.get(durationColumn));
        String answeredCell = row.get("answered");
        Boolean answered = type.contains("missed") || type.contains("rejected") || type.contains("blocked")
                ? Boolean.FALSE
                : answeredCell != null ? answeredCell.equalsIgnoreCase("yes") || answeredCell.equals("1")
                : seconds == null ? null : seconds > 0;
        Party other = Parties.of(context.numbers(), row.get(partyColumn), row.get("name"));
        String deleted = row.get("deleted");
        sink.call(new Call(null, context.source(row.locator()), service, direction, other,
                LeappValues.time(row.get(timeColumn)), seconds, answered, "1".equals(deleted)));
    }

    private void androidContact(LeappRow row) {
        List<ContactIdentifier> identifiers = new ArrayList<>();
        addPhone(identifiers, row.get("phone_number"), null);
        String email = row.get("email_address");
        if (email != null) {
            identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.EMAIL, email,
                    email.toLowerCase(Locale.ROOT), null));
        }
        sink.contact(new Contact(null, context.source(row.locator()), "Contacts", row.get("display_name"),
                identifiers));
    }

    /** iLEAPP joins a person's numbers as {@code label: value} lines ({@code mobile: +84 912 345 678}). */
    private void iosContact(LeappRow row) {
        List<ContactIdentifier> identifiers = new ArrayList<>();
        for (String line : lines(row.get("phone_numbers"))) {
            int colon = line.indexOf(": ");
            addPhone(identifiers, colon >= 0 ? line.substring(colon + 2) : line,
                    colon >= 0 ? line.substring(0, colon).trim() : null);
        }
        for (String line : lines(row.get("email_addresses"))) {
            int colon = line.indexOf(": ");
            String email = (colon >= 0 ? line.substring(colon + 2) : line).trim();
            identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.EMAIL, email,
                    email.toLowerCase(Locale.ROOT), colon >= 0 ? line.substring(0, colon).trim() : null));
        }
        String name = row.get("display_name");
        if (name == null) {
            name = String.join(" ", nonNull(row.get("first_name")), nonNull(row.get("last_name"))).trim();
        }
        sink.contact(new Contact(null, context.source(row.locator()), "Contacts", name.isEmpty() ? null : name,
                identifiers));
    }

    private void location(LeappRow row) {
        Double lat = LeappValues.decimal(row.get("latitude"));
        Double lon = LeappValues.decimal(row.get("longitude"));
        if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180 || lat == 0 && lon == 0) {
            return;
        }
        sink.location(new Location(null, context.source(row.locator()), lat, lon,
                LeappValues.time(firstOf(row, "timestamp", "date", null) != null
                        ? firstOf(row, "timestamp", "date", null) : firstOf(row, "date_time", "time", null)),
                LeappValues.decimal(firstOf(row, "horizontal_accuracy", "accuracy", null)), origin,
                firstOf(row, "name", "address", null)));
    }

    private void addPhone(List<ContactIdentifier> identifiers, String raw, String label) {
        if (raw == null || raw.isBlank()) {
            return;
        }
        NormalisedNumber n = context.numbers().normalise(raw.trim());
        identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.PHONE, raw.trim(), n.e164(), label));
    }

    static Direction direction(String value, String fromMe) {
        String v = value == null ? "" : LeappValues.plain(value).toLowerCase(Locale.ROOT);
        if (v.startsWith("incoming") || v.startsWith("received") || v.startsWith("missed")
                || v.startsWith("rejected") || v.startsWith("blocked") || v.startsWith("voicemail")
                || v.equals("inbox") || "0".equals(fromMe) && v.isEmpty()) {
            return Direction.INCOMING;
        }
        if (v.startsWith("outgoing") || v.startsWith("sent") || v.equals("outbox") || "1".equals(fromMe)) {
            return Direction.OUTGOING;
        }
        return Direction.UNKNOWN;
    }

    private static String service(LeappRow row) {
        return row.get("service") == null ? "SMS" : row.get("service");
    }

    private static String firstOf(LeappRow row, String a, String b, String fallback) {
        return row.get(a) != null ? row.get(a) : row.get(b) != null ? row.get(b) : fallback;
    }

    private static List<String> lines(String value) {
        if (value == null) {
            return List.of();
        }
        return value.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
