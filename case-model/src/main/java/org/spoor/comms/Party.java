package org.spoor.comms;

/**
 * Someone on the other end of a message, call or conversation as the source names them: the raw
 * identifier (a number as typed, a WhatsApp JID, an e-mail), its normalised form (E.164 for phone
 * numbers, lower case for e-mails; null when it cannot be normalised) and the display name.
 */
public record Party(String raw, String normalised, String displayName, boolean phoneOwner) {

    public static Party of(String raw, String normalised, String displayName) {
        return new Party(raw, normalised, displayName, false);
    }

    /** The best identifier to compare parties by: the normalised one if known, else the raw one. */
    public String key() {
        return normalised != null ? normalised : raw;
    }
}
