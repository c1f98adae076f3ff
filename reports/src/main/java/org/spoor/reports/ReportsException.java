package org.spoor.reports;

/**
 * A bundle or pack problem a person must act on. Carries a message key (the app's resource
 * bundles turn it into the user's language) and its arguments, plus an English message for the log.
 */
public class ReportsException extends Exception {

    private final String messageKey;
    private final transient Object[] arguments;

    public ReportsException(String messageKey, String englishMessage, Throwable cause, Object... arguments) {
        super(englishMessage, cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public ReportsException(String messageKey, String englishMessage, Object... arguments) {
        this(messageKey, englishMessage, null, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
