package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.casefile.verify.CaseVerifier;
import org.spoor.casefile.verify.VerificationProblem;
import org.spoor.casefile.verify.VerificationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spoor case verify DIR [--json]}: exit 4 naming what was altered. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-hash every original and check the audit chain; exit 4 if anything was altered.")
final class CaseVerifyCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    CaseVerifyCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        VerificationReport report;
        try (CaseFile opened = CaseOpener.open(context, dir);
             TerminalProgress progress = new TerminalProgress(context, json, "cli.verify.progress")) {
            report = new CaseVerifier(opened).verify((done, total) -> progress.update(done, total, 0));
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intact", report.intact());
            out.put("exhibitsChecked", report.exhibitsChecked());
            out.put("blobsChecked", report.blobsChecked());
            out.put("auditEntriesChecked", report.auditEntriesChecked());
            out.put("problems", report.problems().stream().map(CaseVerifyCommand::toJson).toList());
            context.json().print(out);
        } else if (report.intact()) {
            context.out().println(context.messages().get("cli.verify.intact", report.exhibitsChecked(),
                    report.auditEntriesChecked()));
        } else {
            for (VerificationProblem problem : report.problems()) {
                context.err().println(context.messages().get("cli.verify.problem", problem.subject(),
                        problem.reason()));
            }
        }
        return report.intact() ? ExitCodes.DONE : ExitCodes.INTEGRITY_FAILURE;
    }

    private static Map<String, Object> toJson(VerificationProblem problem) {
        return Map.of("area", problem.area().name(), "subject", problem.subject(), "reason", problem.reason());
    }
}
