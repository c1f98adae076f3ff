package org.spoor.casefile.crypto;

/**
 * The key-encryption key did not open the key envelope: a wrong password, or a damaged header. AES-GCM cannot
 * tell the two apart; the caller decides how to word it.
 */
public final class WrongKeyException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Resource bundle key for the user-facing message. */
    public static final String MESSAGE_KEY = "case.password.wrong";

    public WrongKeyException(String message, Throwable cause) {
        super(message, cause);
    }

    public String messageKey() {
        return MESSAGE_KEY;
    }
}
