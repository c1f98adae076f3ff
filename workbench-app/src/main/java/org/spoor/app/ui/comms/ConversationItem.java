package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.List;

import org.spoor.comms.MessageGroup;

/**
 * A chat thread of one phone: who it is with, the app, how many messages and when the last one was; its
 * messages are those of its groups, read when the thread is opened.
 */
public record ConversationItem(String key, String title, String service, String exhibitRef, Instant last,
                               long messageCount, List<MessageGroup> groups) {

    public ConversationItem {
        groups = List.copyOf(groups);
    }
}
