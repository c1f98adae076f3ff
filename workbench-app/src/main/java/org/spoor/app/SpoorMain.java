package org.spoor.app;

import org.spoor.app.cli.CliContext;
import org.spoor.app.cli.SpoorCommand;

/**
 * Entry point of {@code ./spoor}: the command line, or the GUI when started with no arguments.
 * The only place that calls {@code System.exit}.
 */
public final class SpoorMain {

    private SpoorMain() {
    }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"gui"} : args;
        int exitCode = SpoorCommand.commandLine(CliContext.fromEnvironment(SpoorMain::launchGui)).execute(effective);
        System.exit(exitCode);
    }

    private static void launchGui(java.util.Optional<java.nio.file.Path> caseToOpen, java.util.Locale locale) {
        org.spoor.app.gui.SpoorGui.launch(caseToOpen, locale);
    }
}
