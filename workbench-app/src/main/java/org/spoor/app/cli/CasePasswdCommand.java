package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spoor case passwd DIR}: new password from {@code SPOOR_NEW_PASSWORD}; re-wraps the data key only. */
@Command(name = "passwd", mixinStandardHelpOptions = true,
        description = "Change the case password (new one from SPOOR_NEW_PASSWORD, else asked).")
final class CasePasswdCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    CasePasswdCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (CaseFile opened = CaseOpener.open(context, dir)) {
            char[] replacement = context.passwords().replacementPassword();
            try {
                opened.changePassword(replacement);
            } finally {
                Arrays.fill(replacement, '\0');
            }
        }
        context.out().println(context.messages().get("cli.passwd.done"));
        return ExitCodes.DONE;
    }
}
