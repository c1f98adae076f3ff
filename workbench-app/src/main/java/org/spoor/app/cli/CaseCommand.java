package org.spoor.app.cli;

import picocli.CommandLine.Command;

/** {@code spoor case ...}: create, inspect, verify and re-key encrypted case files. */
@Command(name = "case", mixinStandardHelpOptions = true, description = "Create, inspect and verify cases.",
        subcommands = {CaseCreateCommand.class, CaseInfoCommand.class, CaseVerifyCommand.class,
                CasePasswdCommand.class, CaseRecoverCommand.class})
public final class CaseCommand {
}
