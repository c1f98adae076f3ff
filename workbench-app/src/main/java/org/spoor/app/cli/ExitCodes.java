package org.spoor.app.cli;

import org.spoor.casefile.CaseException;

/** The exit codes of the command-line contract (ARCHITECTURE.md): scripts rely on them. */
public final class ExitCodes {

    public static final int DONE = 0;
    public static final int USAGE = 1;
    public static final int BAD_INPUT = 2;
    public static final int CANNOT_OPEN = 3;
    public static final int INTEGRITY_FAILURE = 4;

    private ExitCodes() {
    }

    public static int of(CaseException.Kind kind) {
        return switch (kind) {
            case WRONG_PASSWORD, NOT_A_CASE, IN_USE -> CANNOT_OPEN;
            case DAMAGED, TAMPERED -> INTEGRITY_FAILURE;
            case BAD_INPUT -> BAD_INPUT;
        };
    }
}
