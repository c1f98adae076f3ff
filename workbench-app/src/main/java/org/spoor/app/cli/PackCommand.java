package org.spoor.app.cli;

import picocli.CommandLine.Command;

/** {@code spoor pack export|verify}: the case pack a prosecutor receives, and its check. */
@Command(name = "pack", mixinStandardHelpOptions = true, description = "Export or verify a case pack.",
        subcommands = {PackExportCommand.class, PackVerifyCommand.class})
final class PackCommand {
}
