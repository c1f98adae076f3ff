package org.spoor.app.cli;

/** The command was used wrongly (exit 1); the message is already translated. */
public final class UsageException extends Exception {

    public UsageException(String translatedMessage) {
        super(translatedMessage);
    }
}
