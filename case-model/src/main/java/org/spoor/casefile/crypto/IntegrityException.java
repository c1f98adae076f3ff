package org.spoor.casefile.crypto;

import java.io.IOException;

/**
 * Encrypted data failed authentication: a changed byte, reordered/missing/extra chunks, or a file that belongs
 * to another name. Callers translate it into their own typed error naming what was damaged.
 */
public class IntegrityException extends IOException {

    private static final long serialVersionUID = 1L;

    public IntegrityException(String message) {
        super(message);
    }

    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
