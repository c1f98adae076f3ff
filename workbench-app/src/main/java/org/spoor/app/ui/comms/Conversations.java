package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.exhibit.Exhibit;

/**
 * Groups a case's messages into chat threads: by the conversation the phone itself kept, or, for loose
 * messages (SMS dumps without threads), by the other party. Newest thread first, messages in time order.
 */
public final class Conversations {

    private Conversations() {
    }

    public static List<ConversationItem> group(CaseComms comms) {
        Map<String, List<Message>> threads = new LinkedHashMap<>();
        for (Message message : comms.messages()) {
            threads.computeIfAbsent(threadKey(message), k -> new ArrayList<>()).add(message);
        }
        List<ConversationItem> items = new ArrayList<>();
        for (Map.Entry<String, List<Message>> thread : threads.entrySet()) {
            List<Message> messages = thread.getValue();
            messages.sort(Comparator.comparing((Message m) -> m.sentAt() == null ? Instant.MAX : m.sentAt().instant())
                    .thenComparing(m -> m.id() == null ? 0L : m.id()));
            Message first = messages.get(0);
            Instant last = messages.stream().filter(m -> m.sentAt() != null).map(m -> m.sentAt().instant())
                    .max(Comparator.naturalOrder()).orElse(null);
            String ref = comms.exhibit(first.source().exhibitId()).map(Exhibit::ref).orElse("");
            items.add(new ConversationItem(thread.getKey(), title(comms, messages), first.service(), ref, last,
                    messages));
        }
        items.sort(Comparator.comparing(ConversationItem::last, Comparator.nullsLast(Comparator.reverseOrder())));
        return items;
    }

    private static String threadKey(Message message) {
        long exhibitId = message.source().exhibitId();
        if (message.conversationKey() != null) {
            return exhibitId + "/" + message.conversationKey();
        }
        List<Party> others = ContactTally.counterparts(message);
        return exhibitId + "/party/" + (others.isEmpty() ? "?" : others.get(0).key());
    }

    /** The names (or numbers) of everyone at the other end of the thread. */
    private static String title(CaseComms comms, List<Message> messages) {
        Set<String> people = new LinkedHashSet<>();
        for (Message message : messages) {
            for (Party other : ContactTally.counterparts(message)) {
                String name = comms.nameOf(other);
                String number = other.key();
                people.add(name == null ? String.valueOf(number)
                        : number == null || number.equals(name) ? name : name + " " + number);
            }
        }
        if (people.isEmpty()) {
            return messages.get(0).conversationKey() == null ? "?" : messages.get(0).conversationKey();
        }
        return String.join(", ", people);
    }
}
