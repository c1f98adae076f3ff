package org.spoor.comms;

import java.time.Instant;
import java.util.List;

/**
 * The messages of one exhibit that share their conversation, app, direction and parties, counted, with the
 * first and last time among them: what the overviews (threads, who contacted whom, the network) need of a
 * phone's million messages, counted in one pass ({@link MessageOverview}) instead of held.
 */
public record MessageGroup(long exhibitId, String conversationKey, String service, Direction direction,
                           Party sender, List<Party> recipients, long count, Instant first, Instant last) {

    public MessageGroup {
        recipients = List.copyOf(recipients);
    }

    /**
     * One of the group's messages without its body, time or place: enough for rules that read a message's
     * parties and direction (who the other party is).
     */
    public Message sample() {
        return new Message(null, SourceRef.of(exhibitId, ""), conversationKey, service, direction, sender,
                recipients, first == null ? null : RecordedTime.utc(first), null, null, false, List.of());
    }
}
