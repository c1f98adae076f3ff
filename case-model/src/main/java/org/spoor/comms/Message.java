package org.spoor.comms;

import java.util.List;

/**
 * One message (SMS, MMS, iMessage, WhatsApp, ...) normalised. The conversation key names the
 * conversation of the same exhibit it belongs to, or is null for a loose message.
 */
public record Message(Long id, SourceRef source, String conversationKey, String service, Direction direction,
        Party sender, List<Party> recipients, RecordedTime sentAt, String body, String status, boolean deleted,
        List<Attachment> attachments) {

    public Message {
        recipients = List.copyOf(recipients);
        attachments = List.copyOf(attachments);
    }

    public Message withId(long newId) {
        return new Message(newId, source, conversationKey, service, direction, sender, recipients, sentAt, body,
                status, deleted, attachments);
    }
}
