package org.spoor.ingest.phone;

/**
 * A phone artefact that cannot be read: damaged, encrypted or of an unknown version. Carries a
 * message key and arguments for the user's language, and an English reason for the log.
 */
public class PhoneParseException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    public PhoneParseException(String messageKey, String englishReason, Object... arguments) {
        this(messageKey, englishReason, null, arguments);
    }

    public PhoneParseException(String messageKey, String englishReason, Throwable cause, Object... arguments) {
        super(englishReason, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
