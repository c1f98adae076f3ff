package org.spoor.app.cli;

import picocli.CommandLine.Command;

/** {@code spoor exhibit ...}: work on one exhibit of a case. */
@Command(name = "exhibit", mixinStandardHelpOptions = true, description = "Work on one exhibit.",
        subcommands = {ExhibitMarkCommand.class})
final class ExhibitCommand {
}
