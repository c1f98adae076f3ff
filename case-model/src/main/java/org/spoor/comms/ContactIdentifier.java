package org.spoor.comms;

/** One way to reach a contact: a phone number, an e-mail or an app's user id. */
public record ContactIdentifier(Kind kind, String raw, String normalised, String label) {

    /** What sort of identifier it is. */
    public enum Kind {
        PHONE,
        EMAIL,
        USER_ID
    }
}
