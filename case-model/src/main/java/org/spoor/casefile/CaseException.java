package org.spoor.casefile;

/**
 * A problem with a case that a person must act on. Carries a message key (resource bundles in the
 * app turn it into the user's language) and arguments, plus an English message for the log.
 */
public class CaseException extends Exception {

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    /** What went wrong, coarsely: the command line maps each kind to its exit code. */
    public enum Kind {
        /** The password does not open the case's key envelope. */
        WRONG_PASSWORD,
        /** The folder is not a Spoor case, or its clear header is unreadable. */
        NOT_A_CASE,
        /** Another Spoor holds the case open for writing. */
        IN_USE,
        /** The password is right but the database or a stored file is damaged. */
        DAMAGED,
        /** Content that was altered, removed or added behind Spoor's back. */
        TAMPERED,
        /** Bad input from the user (a missing file, an existing folder). */
        BAD_INPUT
    }

    public CaseException(Kind kind, String messageKey, String englishMessage, Object... arguments) {
        this(kind, messageKey, englishMessage, null, arguments);
    }

    public CaseException(Kind kind, String messageKey, String englishMessage, Throwable cause, Object... arguments) {
        super(englishMessage, cause);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
