package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.List;

import org.spoor.comms.Message;

/** A chat thread of one phone: who it is with, the app, how many messages and when the last one was. */
public record ConversationItem(String key, String title, String service, String exhibitRef, Instant last,
                               List<Message> messages) {

    public ConversationItem {
        messages = List.copyOf(messages);
    }
}
