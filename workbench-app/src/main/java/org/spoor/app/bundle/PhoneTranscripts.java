package org.spoor.app.bundle;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.spoor.comms.Attachment;
import org.spoor.comms.Call;
import org.spoor.comms.CallRepository;
import org.spoor.comms.Conversation;
import org.spoor.comms.ConversationRepository;
import org.spoor.comms.Direction;
import org.spoor.comms.Location;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.comms.Party;
import org.spoor.reports.bundle.model.CallLogTable;
import org.spoor.reports.bundle.model.CallRow;
import org.spoor.reports.bundle.model.ExhibitContent;
import org.spoor.reports.bundle.model.MessageLine;
import org.spoor.reports.bundle.model.MessageThread;

/**
 * A phone exhibit's messages as one transcript (conversation by conversation, each in time order)
 * and its calls as a call-log table. The bundle gives one body per exhibit: when a phone has both,
 * its calls follow its messages in the transcript as "[call]" lines. Every line cites the exhibit
 * and the row it was read from; an attachment cites the exhibit holding its bytes when that exhibit
 * is disclosed.
 */
final class PhoneTranscripts {

    /**
     * Messages (and calls) printed for one phone: about 150 pages. A seized phone can hold a million, which
     * no prosecutor reads on paper and no laptop lays out in memory; beyond this the transcript lists the
     * earliest ones in time order and says where the complete record is.
     */
    static final int PRINTED_LIMIT = 5_000;

    private final MessageRepository messages;
    private final ConversationRepository conversations;
    private final CallRepository calls;
    private final LocalTimes times;
    private final LongFunction<String> disclosedRef;
    private final LocationRepository locations;
    private final int printedLimit;

    /** @param disclosedRef the reference of a disclosed exhibit, null for a withheld one */
    PhoneTranscripts(MessageRepository messages, ConversationRepository conversations, CallRepository calls,
                     LocalTimes times, LongFunction<String> disclosedRef) {
        this(messages, conversations, calls, null, times, disclosedRef);
    }

    /** @param locations positions shared in messages (a WhatsApp location has no text of its own) */
    PhoneTranscripts(MessageRepository messages, ConversationRepository conversations, CallRepository calls,
                     LocationRepository locations, LocalTimes times, LongFunction<String> disclosedRef) {
        this(messages, conversations, calls, locations, times, disclosedRef, PRINTED_LIMIT);
    }

    /** Tests print few. */
    PhoneTranscripts(MessageRepository messages, ConversationRepository conversations, CallRepository calls,
                     LocationRepository locations, LocalTimes times, LongFunction<String> disclosedRef,
                     int printedLimit) {
        this.locations = locations;
        this.messages = messages;
        this.conversations = conversations;
        this.calls = calls;
        this.times = times;
        this.disclosedRef = disclosedRef;
        this.printedLimit = printedLimit;
    }

    /** The exhibit's communications, or null when it holds none. */
    ExhibitContent of(long exhibitId, String ref) {
        long messageCount = messages.countByExhibit(exhibitId);
        List<Message> found = new ArrayList<>();
        messages.forEachByExhibit(exhibitId, printedLimit, found::add);
        boolean cut = messageCount > found.size();
        List<Call> callLog = calls.findByExhibit(exhibitId);
        if (found.isEmpty() && callLog.isEmpty()) {
            return null;
        }
        if (found.isEmpty()) {
            return new CallLogTable(callLog.stream().filter(c -> c.startedAt() != null)
                    .map(c -> callRow(c, ref)).toList());
        }
        Map<String, String> titles = new HashMap<>();
        for (Conversation conversation : conversations.findByExhibit(exhibitId)) {
            titles.put(conversation.key(), conversationTitle(conversation));
        }
        Map<String, Location> shared = new HashMap<>();
        if (locations != null) {
            for (Location location : locations.findByExhibit(exhibitId)) {
                shared.putIfAbsent(location.source().locator(), location);
            }
        }
        List<MessageLine> lines = new ArrayList<>();
        int undated = 0;
        List<Message> ordered = new ArrayList<>(found);
        // Conversation by conversation (loose messages last), each in time order as fetched; a phone cut to its
        // earliest messages stays in time order, so what is printed is one unbroken stretch of its history.
        if (!cut) {
            ordered.sort(Comparator.comparing((Message m) -> m.conversationKey() == null ? "\uffff"
                    : m.conversationKey()));
        }
        for (Message message : ordered) {
            OffsetDateTime at = times.of(message.sentAt());
            if (at == null) {
                undated++;
                continue;
            }
            String conversation = message.conversationKey() == null ? "" : titles.getOrDefault(
                    message.conversationKey(), message.conversationKey());
            lines.add(new MessageLine(at, sender(message),
                    body(message, shared.get(message.source().locator())),
                    source(ref, message.source().locator(), conversation)));
        }
        for (Call call : cut ? callLog.subList(0, Math.min(callLog.size(), printedLimit)) : callLog) {
            if (call.startedAt() != null) {
                CallRow row = callRow(call, ref);
                lines.add(new MessageLine(row.localTime(), row.name().isBlank() ? row.number() : row.name()
                        + " (" + row.number() + ")", "[call] " + row.direction() + ", "
                        + org.spoor.reports.bundle.layout.Formats.duration(row.duration()), row.source()));
            } else {
                undated++;
            }
        }
        String title = threadTitle(titles.size(), messageCount, callLog.size(), undated);
        if (cut) {
            OffsetDateTime upTo = times.of(found.get(found.size() - 1).sentAt());
            title += String.format(java.util.Locale.ROOT, "; printed here: the earliest %,d messages%s and at most"
                    + " %,d calls. The complete record is the original exhibit %s (its SHA-256 is in the exhibit"
                    + " index) and the case pack", found.size(), upTo == null ? ""
                    : ", up to " + org.spoor.reports.bundle.layout.Formats.localTime(upTo), printedLimit, ref);
        }
        return new MessageThread(title, lines);
    }

    private static String threadTitle(int conversationCount, long messageCount, int callCount, int undated) {
        StringBuilder title = new StringBuilder();
        title.append(String.format(java.util.Locale.ROOT, "%,d messages in %,d conversations", messageCount,
                conversationCount));
        if (callCount > 0) {
            title.append(String.format(java.util.Locale.ROOT, ", %,d calls", callCount));
        }
        if (undated > 0) {
            title.append(" (").append(undated).append(" without a recorded time are not listed; see the original)");
        }
        return title.toString();
    }

    private CallRow callRow(Call call, String ref) {
        Party other = call.counterpart();
        String direction = call.direction() == Direction.INCOMING && Boolean.FALSE.equals(call.answered())
                ? "missed" : call.direction().name().toLowerCase(java.util.Locale.ROOT);
        return new CallRow(times.of(call.startedAt()), direction, other == null ? "" : other.raw(),
                other == null ? "" : other.displayName(),
                Duration.ofSeconds(call.durationSeconds() == null ? 0 : call.durationSeconds()),
                source(ref, call.source().locator(), call.deleted() ? "deleted record" : ""));
    }

    private static String sender(Message message) {
        Party sender = message.sender();
        if (sender == null) {
            return message.direction() == Direction.OUTGOING ? "phone owner" : "";
        }
        String raw = sender.raw() == null ? "" : sender.raw();
        if (sender.displayName() == null || sender.displayName().isBlank()) {
            return raw;
        }
        return raw.isBlank() ? sender.displayName() : sender.displayName() + " (" + raw + ")";
    }

    private String body(Message message, Location sharedHere) {
        String text = message.body() == null ? "" : message.body();
        if (sharedHere != null) {
            // The record of the same row: the position the message carried, which has no text of its own.
            text = text + (text.isEmpty() ? "" : " ") + "[shared location " + String.format(java.util.Locale.ROOT,
                    "%.5f, %.5f", sharedHere.latitude(), sharedHere.longitude())
                    + (sharedHere.label() == null || sharedHere.label().isBlank() ? "" : ", " + sharedHere.label())
                    + "]";
        }
        if (!message.attachments().isEmpty()) {
            text = text + (text.isEmpty() ? "" : " ") + "[" + message.attachments().size() + " attachment(s): "
                    + String.join(", ", message.attachments().stream().map(this::attachment).toList()) + "]";
        }
        return message.deleted() ? "[deleted] " + text : text;
    }

    /**
     * The file name, with the exhibit holding the file ("IMG_1.jpg, exhibit SPR-0012"). A withheld
     * exhibit is not named; an attachment whose file the dump lacks says so.
     */
    private String attachment(Attachment attachment) {
        String name = attachment.fileName() == null ? "unnamed" : attachment.fileName();
        if (attachment.childExhibitId() != null) {
            String ref = disclosedRef.apply(attachment.childExhibitId());
            return ref == null ? name : name + ", exhibit " + ref;
        }
        return attachment.extractedPath() == null && attachment.sha256() == null ? name
                : name + ", file not among the exhibits";
    }

    private static String conversationTitle(Conversation conversation) {
        if (conversation.title() != null && !conversation.title().isBlank()) {
            return conversation.title();
        }
        List<String> names = conversation.participants().stream().filter(p -> !p.phoneOwner())
                .map(p -> p.displayName() != null && !p.displayName().isBlank() ? p.displayName() : p.raw())
                .toList();
        return names.isEmpty() ? conversation.key() : String.join(", ", names);
    }

    private static String source(String ref, String locator, String context) {
        return ref + " " + locator + (context == null || context.isBlank() ? "" : " · " + context);
    }
}
