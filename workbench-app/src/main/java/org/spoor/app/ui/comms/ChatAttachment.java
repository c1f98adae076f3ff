package org.spoor.app.ui.comms;

/**
 * A file sent with a message as the chat thread shows it: its name, and the exhibit holding its bytes
 * (null when the import found no such file in the dump; {@code problem} then says why, in English as
 * the import recorded it).
 */
public record ChatAttachment(String name, Long exhibitId, String exhibitRef, String problem) {

    public boolean opensAnExhibit() {
        return exhibitId != null;
    }
}
