package org.spoor.mapping;

import java.util.Arrays;

/**
 * A mapping failure an investigator can act on: the message key names what happened (resource
 * bundles in the app translate it), the arguments say which file, point or system.
 */
public class MapException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public MapException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public MapException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
