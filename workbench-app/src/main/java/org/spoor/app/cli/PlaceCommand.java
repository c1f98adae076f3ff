package org.spoor.app.cli;

import picocli.CommandLine.Command;

/** {@code spoor place confirm|reject DIR KEY}: the investigator's word on a geocoded place name. */
@Command(name = "place", mixinStandardHelpOptions = true,
        description = "Confirm or reject a place name found in the case (keys from spoor map DIR --places).",
        subcommands = {PlaceDecisionCommand.Confirm.class, PlaceDecisionCommand.Reject.class})
final class PlaceCommand {
}
