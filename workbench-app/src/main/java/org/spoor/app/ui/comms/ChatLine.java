package org.spoor.app.ui.comms;

import java.util.List;

/**
 * One message as a chat bubble: on the right when the phone's owner sent it, on the left when it came
 * in; who wrote it, the text, the local time, the attachments (with the exhibits holding them) and where
 * it came from.
 */
public record ChatLine(boolean outgoing, String who, String body, String time, List<ChatAttachment> attachments,
                       String citation, boolean deleted) {

    public ChatLine {
        attachments = List.copyOf(attachments);
    }
}
