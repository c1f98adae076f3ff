package org.spoor.ingest.phone.ufdr;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spoor.comms.Account;
import org.spoor.comms.Attachment;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Conversation;
import org.spoor.comms.Direction;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;

/**
 * Maps the decoded-data models of a Cellebrite report (Chat, InstantMessage, SMS, Call, Contact,
 * UserAccount, Location) to normalised records. Source locators are the models' ids, which the
 * report's own viewer shows, so a bundle citation can be found in Cellebrite Reader too.
 */
final class UfedRecordMapper {

    private final PhoneParseContext context;
    private final PhoneRecordSink sink;
    private final Map<String, String> taggedFilePaths;
    private final Map<String, String> taggedFileHashes;

    UfedRecordMapper(PhoneParseContext context, PhoneRecordSink sink, Map<String, String> taggedFilePaths,
            Map<String, String> taggedFileHashes) {
        this.context = context;
        this.sink = sink;
        this.taggedFilePaths = taggedFilePaths;
        this.taggedFileHashes = taggedFileHashes;
    }

    void map(UfedModel model) {
        switch (model.type()) {
            case "Chat" -> chat(model);
            case "InstantMessage", "SMS", "MMS", "Email" -> sink.message(message(model, null));
            case "Call" -> call(model);
            case "Contact" -> contact(model);
            case "UserAccount" -> account(model);
            case "Location" -> location(model);
            default -> {
                // Other models (cookies, web history, ...) are not communications.
            }
        }
    }

    private void chat(UfedModel chat) {
        List<Party> participants = new ArrayList<>();
        for (UfedModel p : chat.children("Participants")) {
            participants.add(party(p));
        }
        String key = "chat:" + chat.id();
        String title = chat.field("Name") != null ? chat.field("Name") : chat.field("Id");
        sink.conversation(new Conversation(null, context.source("model:" + chat.id()), key,
                service(chat), title, participants));
        for (UfedModel m : chat.children("Messages")) {
            sink.message(message(m, key));
        }
        // Contacts shared inside messages are cards someone sent, kept as contacts of the report.
        for (UfedModel m : chat.children("Messages")) {
            for (UfedModel shared : m.children("SharedContacts")) {
                contact(shared);
            }
        }
    }

    private Message message(UfedModel m, String conversationKey) {
        Party from = m.child("From") == null ? null : party(m.child("From"));
        List<Party> to = new ArrayList<>();
        for (UfedModel p : m.children("To")) {
            to.add(party(p));
        }
        for (UfedModel p : m.children("Parties")) {
            Party party = party(p);
            if ("From".equalsIgnoreCase(p.field("Role"))) {
                from = party;
            } else {
                to.add(party);
            }
        }
        Direction direction = direction(m, from);
        List<Attachment> attachments = new ArrayList<>();
        for (String field : List.of("Attachment", "Attachments")) {
            for (UfedModel a : m.children(field)) {
                attachments.add(attachment(a));
            }
        }
        String body = m.field("Body") != null ? m.field("Body") : m.field("SystemMessageBody");
        return new Message(null, context.source("model:" + m.id()), conversationKey, service(m), direction, from,
                to, time(m.field("TimeStamp")), body, m.field("Status"), m.deleted(), attachments);
    }

    private static Direction direction(UfedModel m, Party from) {
        String folder = m.field("Folder");
        if (folder != null) {
            String f = folder.toLowerCase(Locale.ROOT);
            if (f.contains("inbox")) {
                return Direction.INCOMING;
            }
            if (f.contains("sent") || f.contains("outbox")) {
                return Direction.OUTGOING;
            }
        }
        if (from == null) {
            return Direction.UNKNOWN;
        }
        return from.phoneOwner() ? Direction.OUTGOING : Direction.INCOMING;
    }

    private Attachment attachment(UfedModel a) {
        String path = a.field("attachment_extracted_path");
        String fileId = a.attribute("file_id");
        if (path == null && fileId != null) {
            path = taggedFilePaths.get(fileId);
        }
        return new Attachment("model:" + a.id(), a.field("Filename"), a.field("ContentType"), null, path, null)
                .withSha256(fileId == null ? null : taggedFileHashes.get(fileId));
    }

    private void call(UfedModel call) {
        Party other = null;
        for (UfedModel p : call.children("Parties")) {
            Party party = party(p);
            if (!party.phoneOwner()) {
                other = party;
            }
        }
        String type = String.valueOf(call.field("Type") != null ? call.field("Type") : call.field("Direction"))
                .toLowerCase(Locale.ROOT);
        Direction direction = type.contains("outgoing") ? Direction.OUTGOING
                : type.contains("incoming") || type.contains("missed") || type.contains("rejected")
                        ? Direction.INCOMING : Direction.UNKNOWN;
        Long seconds = duration(call.field("Duration"));
        Boolean answered = type.contains("missed") || type.contains("rejected") ? Boolean.FALSE
                : seconds == null ? null : seconds > 0;
        sink.call(new Call(null, context.source("model:" + call.id()), service(call), direction, other,
                time(call.field("TimeStamp")), seconds, answered, call.deleted()));
    }

    private void contact(UfedModel contact) {
        List<ContactIdentifier> identifiers = new ArrayList<>();
        for (UfedModel entry : contact.children("Entries")) {
            String value = entry.field("Value");
            if (value == null) {
                continue;
            }
            String label = entry.field("Category");
            switch (entry.type()) {
                case "PhoneNumber" -> identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.PHONE, value,
                        context.numbers().normalise(value).e164(), label));
                case "EmailAddress" -> identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.EMAIL, value,
                        value.toLowerCase(Locale.ROOT), label));
                default -> identifiers.add(new ContactIdentifier(ContactIdentifier.Kind.USER_ID, value,
                        context.numbers().fromJid(value).map(NormalisedNumber::e164).orElse(null), label));
            }
        }
        sink.contact(new Contact(null, context.source("model:" + contact.id()), service(contact),
                contact.field("Name"), identifiers));
    }

    private void account(UfedModel account) {
        String raw = null;
        String normalised = null;
        for (UfedModel entry : account.children("Entries")) {
            String value = entry.field("Value");
            String category = String.valueOf(entry.field("Category")).toLowerCase(Locale.ROOT);
            if (value != null && raw == null && (category.contains("id") || entry.type().equals("PhoneNumber"))) {
                raw = value;
                normalised = context.numbers().fromJid(value).map(NormalisedNumber::e164).orElse(value);
            }
        }
        if (raw == null && account.field("Username") != null) {
            raw = account.field("Username");
            normalised = raw;
        }
        sink.account(new Account(null, context.source("model:" + account.id()), service(account), raw, normalised,
                account.field("Name")));
    }

    private void location(UfedModel location) {
        for (UfedModel c : location.descendants()) {
            if ("Coordinate".equals(c.type()) && c.field("Latitude") != null && c.field("Longitude") != null) {
                try {
                    String precision = location.field("Precision");
                    sink.location(new Location(null, context.source("model:" + location.id()),
                            Double.parseDouble(c.field("Latitude")), Double.parseDouble(c.field("Longitude")),
                            time(location.field("TimeStamp")),
                            precision == null ? null : Double.valueOf(precision), service(location),
                            location.field("Name") != null ? location.field("Name") : location.field("Description")));
                } catch (NumberFormatException e) {
                    // A coordinate that is not a number is no location; the model stays in the report.
                }
                return;
            }
        }
    }

    private Party party(UfedModel p) {
        String identifier = p.field("Identifier");
        boolean owner = "True".equalsIgnoreCase(p.field("IsPhoneOwner"));
        return Parties.of(context.numbers(), identifier, p.field("Name"), owner);
    }

    private static String service(UfedModel m) {
        String source = m.field("Source");
        if (source != null) {
            return source;
        }
        return m.field("SourceApplication") != null ? m.field("SourceApplication") : m.type();
    }

    /** Report times are ISO-8601 with the offset the examiner's settings chose, kept as written. */
    static RecordedTime time(String value) {
        if (value == null) {
            return null;
        }
        try {
            return RecordedTime.of(OffsetDateTime.parse(value));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Durations are written as {@code hh:mm:ss}. */
    static Long duration(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(":");
        try {
            if (parts.length == 3) {
                return Duration.ofHours(Long.parseLong(parts[0])).plusMinutes(Long.parseLong(parts[1]))
                        .plusSeconds((long) Double.parseDouble(parts[2])).getSeconds();
            }
            return (long) Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
