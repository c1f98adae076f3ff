package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code spoor gui [CASE]}: the window, opening CASE if given (the password is asked in the window). */
@Command(name = "gui", mixinStandardHelpOptions = true, description = "Open the Spoor window.")
final class GuiCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE")
    Path caseDir;

    GuiCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.gui().launch(Optional.ofNullable(caseDir), context.messages().locale());
        return ExitCodes.DONE;
    }
}
