package org.spoor.app.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code spoor}: the command tree of ARCHITECTURE.md's command-line contract. */
@Command(name = "spoor", mixinStandardHelpOptions = true, version = "Spoor 0.1.0",
        description = "Investigation workbench for wildlife-crime casework.",
        subcommands = {CaseCommand.class, ImportCommand.class, SearchCommand.class, DemoCommand.class,
                GuiCommand.class, EntitiesCommand.class, CommsCommand.class, MapCommand.class,
                BundleCommand.class, PackCommand.class, ExhibitCommand.class, ReviewCommand.class, PlaceCommand.class,
                CoordsCommand.class})
public final class SpoorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.USAGE;
    }

    /** The command line with every command built from {@code context} and errors mapped to exit codes. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine commandLine = new CommandLine(new SpoorCommand(), new ContextFactory(context));
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler(new ErrorReporter(context));
        // picocli's own default for a usage error is 2, which the contract reserves for bad input.
        commandLine.setParameterExceptionHandler((error, args) -> {
            CommandLine failed = error.getCommandLine();
            failed.getErr().println(error.getMessage());
            failed.usage(failed.getErr());
            return ExitCodes.USAGE;
        });
        return commandLine;
    }
}
