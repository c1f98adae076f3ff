package org.spoor.app.cli;

/** An input file or folder cannot be used (exit 2); the message names it and says why, translated. */
public final class BadInputException extends Exception {

    public BadInputException(String translatedMessage) {
        super(translatedMessage);
    }
}
