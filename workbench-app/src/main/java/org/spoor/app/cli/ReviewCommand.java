package org.spoor.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor review PACK}: opens a case pack read-only in the reviewer window (the transfer
 * password of an encrypted pack is asked there). The same as {@code spoor gui PACK}.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "Open a case pack read-only for review: browse, search, comment.")
final class ReviewCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "PACK", description = "The .spoorpack file")
    Path pack;

    ReviewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(pack)) {
            throw new BadInputException(context.messages().get("cli.pack.noFile", pack));
        }
        context.gui().launch(Optional.of(pack.toAbsolutePath()), context.messages().locale());
        return ExitCodes.DONE;
    }
}
