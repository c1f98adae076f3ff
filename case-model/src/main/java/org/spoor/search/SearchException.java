package org.spoor.search;

import java.util.List;

/**
 * The index could not be read or written. Carries a message key and its arguments for the
 * investigator's language; the cause goes to the log.
 */
public class SearchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> args;

    public SearchException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + " " + List.of(args), cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
