package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseRecovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spoor case recover DIR}: restore the newest verified backup and replay the custody journal. */
@Command(name = "recover", mixinStandardHelpOptions = true,
        description = "Replace a damaged database by the newest verified backup and replay the custody journal.")
final class CaseRecoverCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    CaseRecoverCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        char[] password = context.passwords().casePassword();
        try (CaseFile recovered = CaseRecovery.recover(dir, password, context.caseOptions())) {
            context.out().println(context.messages().get("cli.recover.done", recovered.exhibits().count(),
                    recovered.audit().count()));
        } finally {
            Arrays.fill(password, '\0');
        }
        return ExitCodes.DONE;
    }
}
