package org.spoor.app.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.casefile.CaseException;
import picocli.CommandLine;

/** Messages for people on stderr, details for the log; each failure kind has its exit code. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);

    private final CliContext context;

    ErrorReporter(CliContext context) {
        this.context = context;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        if (e instanceof CaseException caseError) {
            LOG.debug("Case error", e);
            context.err().println(context.messages().of(caseError));
            return ExitCodes.of(caseError.kind());
        }
        if (e instanceof UsageException) {
            context.err().println(e.getMessage());
            return ExitCodes.USAGE;
        }
        if (e instanceof BadInputException) {
            context.err().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        LOG.error("Unexpected failure", e);
        context.err().println(context.messages().get("cli.error.unexpected", e.toString()));
        return ExitCodes.BAD_INPUT;
    }
}
