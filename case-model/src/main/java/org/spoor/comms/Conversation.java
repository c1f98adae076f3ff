package org.spoor.comms;

import java.util.List;

/**
 * A thread of messages (an SMS thread, a WhatsApp chat or group). The key is the source's own
 * thread identifier, unique within one exhibit; messages refer to their conversation by it.
 */
public record Conversation(Long id, SourceRef source, String key, String service, String title,
        List<Party> participants) {

    public Conversation {
        participants = List.copyOf(participants);
    }

    public Conversation withId(long newId) {
        return new Conversation(newId, source, key, service, title, participants);
    }
}
