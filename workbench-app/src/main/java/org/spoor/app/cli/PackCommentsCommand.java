package org.spoor.app.cli;

import picocli.CommandLine.Command;

/** {@code spoor pack comments import|list}: reviewers' comments on a case pack, back in the case. */
@Command(name = "comments", mixinStandardHelpOptions = true,
        description = "Import or list the comments reviewers made on the case's pack.",
        subcommands = {PackCommentsImportCommand.class, PackCommentsListCommand.class})
final class PackCommentsCommand {
}
