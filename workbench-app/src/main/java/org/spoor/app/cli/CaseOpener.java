package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.Arrays;

import org.spoor.casefile.CaseFile;

/** Opens the case a command names, with the password from the environment or the console. */
final class CaseOpener {

    private CaseOpener() {
    }

    static CaseFile open(CliContext context, Path dir) throws Exception {
        char[] password = context.passwords().casePassword();
        try {
            return CaseFile.open(dir, password, context.caseOptions());
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
