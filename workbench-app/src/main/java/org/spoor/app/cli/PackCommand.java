package org.spoor.app.cli;

import picocli.CommandLine.Command;

/** {@code spoor pack export|verify|comments}: the case pack a prosecutor receives, its check, the reviews. */
@Command(name = "pack", mixinStandardHelpOptions = true, description = "Export or verify a case pack.",
        subcommands = {PackExportCommand.class, PackVerifyCommand.class, PackCommentsCommand.class})
final class PackCommand {
}
