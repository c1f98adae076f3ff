package org.spoor.review;

/**
 * A comments file Spoor will not import: altered after export, not a comments file, or made on
 * another case's pack. Carries a message key and arguments for the investigator's language.
 */
public final class ReviewException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public ReviewException(String messageKey, String englishMessage, Object... arguments) {
        super(englishMessage);
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
