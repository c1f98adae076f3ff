package org.spoor.comms;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The messages of one exhibit that share their conversation, app, direction and parties, counted, with the
 * first and last time among them: what the overviews (threads, who contacted whom, the network) need of a
 * phone's million messages, read with one grouped query instead of the messages themselves.
 */
public record MessageGroup(long exhibitId, String conversationKey, String service, Direction direction,
                           Party sender, List<Party> recipients, long count, Instant first, Instant last) {

    public MessageGroup {
        recipients = List.copyOf(recipients);
    }

    /**
     * The same groups counted from messages in memory (a hand-made phone in tests, a snapshot): the grouping
     * {@link MessageRepository#groups()} does in the database, oldest group first within each exhibit.
     */
    public static List<MessageGroup> of(Collection<Message> messages) {
        Map<List<Object>, MessageGroup> groups = new LinkedHashMap<>();
        for (Message m : messages) {
            Party s = m.sender();
            List<Object> key = Arrays.asList(m.source().exhibitId(), m.conversationKey(), m.service(), m.direction(),
                    s == null ? null : s.raw(), s == null ? null : s.normalised(), s == null ? null : s.displayName(),
                    recipientKeys(m.recipients()));
            Instant at = m.sentAt() == null ? null : m.sentAt().instant();
            groups.merge(key, new MessageGroup(m.source().exhibitId(), m.conversationKey(), m.service(),
                    m.direction(), s, m.recipients(), 1, at, at), MessageGroup::plus);
        }
        return groups.values().stream().sorted(Comparator.comparingLong(MessageGroup::exhibitId)
                .thenComparing(MessageGroup::first, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    private MessageGroup plus(MessageGroup other) {
        return new MessageGroup(exhibitId, conversationKey, service, direction, sender, recipients,
                count + other.count, earlier(first, other.first), later(last, other.last));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /**
     * One of the group's messages without its body, time or place: enough for rules that read a message's
     * parties and direction (who the other party is).
     */
    public Message sample() {
        return new Message(null, SourceRef.of(exhibitId, ""), conversationKey, service, direction, sender,
                recipients, first == null ? null : RecordedTime.utc(first), null, null, false, List.of());
    }

    /** True if the message is one of this group's: same exhibit, conversation, app, direction and parties. */
    public boolean contains(Message message) {
        return message.source().exhibitId() == exhibitId
                && Objects.equals(message.conversationKey(), conversationKey)
                && Objects.equals(message.service(), service)
                && message.direction() == direction
                && sameSender(message.sender())
                && recipientKeys(message.recipients()).equals(recipientKeys(recipients));
    }

    private boolean sameSender(Party other) {
        if (sender == null || other == null) {
            return sender == other;
        }
        return Objects.equals(sender.raw(), other.raw()) && Objects.equals(sender.normalised(), other.normalised())
                && Objects.equals(sender.displayName(), other.displayName());
    }

    /** Recipients as the case stores them: their comparison keys (see {@link MessageRepository}). */
    private static List<String> recipientKeys(List<Party> parties) {
        return parties.stream().map(Party::key).filter(Objects::nonNull).toList();
    }
}
