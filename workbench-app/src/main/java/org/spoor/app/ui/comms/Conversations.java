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
import org.spoor.comms.MessageGroup;
import org.spoor.comms.Party;
import org.spoor.exhibit.Exhibit;

/**
 * Groups a case's messages into chat threads: by the conversation the phone itself kept, or, for loose
 * messages (SMS dumps without threads), by the other party. Works on counted groups of messages, never on
 * the messages themselves; newest thread first.
 */
public final class Conversations {

    private Conversations() {
    }

    public static List<ConversationItem> group(CaseComms comms) {
        Map<String, List<MessageGroup>> threads = new LinkedHashMap<>();
        for (MessageGroup group : comms.messageGroups()) {
            threads.computeIfAbsent(threadKey(group.sample()), k -> new ArrayList<>()).add(group);
        }
        List<ConversationItem> items = new ArrayList<>();
        for (Map.Entry<String, List<MessageGroup>> thread : threads.entrySet()) {
            List<MessageGroup> groups = thread.getValue();
            groups.sort(Comparator.comparing(MessageGroup::first, Comparator.nullsLast(Comparator.naturalOrder())));
            MessageGroup first = groups.get(0);
            Instant last = groups.stream().map(MessageGroup::last).filter(t -> t != null)
                    .max(Comparator.naturalOrder()).orElse(null);
            String ref = comms.exhibit(first.exhibitId()).map(Exhibit::ref).orElse("");
            items.add(new ConversationItem(thread.getKey(), title(comms, groups), first.service(), ref, last,
                    groups.stream().mapToLong(MessageGroup::count).sum(), groups));
        }
        items.sort(Comparator.comparing(ConversationItem::last, Comparator.nullsLast(Comparator.reverseOrder())));
        return items;
    }

    /** The thread a message belongs to: its conversation, else the other party, within its exhibit. */
    public static String threadKey(Message message) {
        long exhibitId = message.source().exhibitId();
        if (message.conversationKey() != null) {
            return exhibitId + "/" + message.conversationKey();
        }
        List<Party> others = ContactTally.counterparts(message);
        return exhibitId + "/party/" + (others.isEmpty() ? "?" : others.get(0).key());
    }

    /** The names (or numbers) of everyone at the other end of the thread. */
    private static String title(CaseComms comms, List<MessageGroup> groups) {
        Set<String> people = new LinkedHashSet<>();
        for (MessageGroup group : groups) {
            for (Party other : ContactTally.counterparts(group.sample())) {
                String name = comms.nameOf(other);
                String number = other.key();
                people.add(name == null ? String.valueOf(number)
                        : number == null || number.equals(name) ? name : name + " " + number);
            }
        }
        if (people.isEmpty()) {
            return groups.get(0).conversationKey() == null ? "?" : groups.get(0).conversationKey();
        }
        return String.join(", ", people);
    }
}
