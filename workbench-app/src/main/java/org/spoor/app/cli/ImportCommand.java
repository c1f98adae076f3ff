package org.spoor.app.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.ingest.pipeline.EvidenceImport;
import org.spoor.ingest.pipeline.ImportProblem;
import org.spoor.ingest.pipeline.ImportProgress;
import org.spoor.ingest.pipeline.ImportReport;
import org.spoor.ingest.pipeline.ImportRequest;
import org.spoor.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor import DIR PATH... [--custodian N] [--seized-at PLACE] [--seal NO] [--json]}. Exit 2 when
 * some item could not be read (each is named with its reason); everything else still landed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import files, folders, archives and phone dumps into a case.")
final class ImportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "PATH", description = "Seized files or folders")
    List<Path> paths;

    @Option(names = "--custodian", description = "Who holds the seized items")
    String custodian;

    @Option(names = "--seized-at", description = "Where they were seized")
    String seizedAt;

    @Option(names = "--seized-on", description = "When they were seized (ISO-8601, e.g. 2026-03-14T05:40:00Z)")
    Instant seizedOn;

    @Option(names = "--seal", description = "Seal number of the evidence bag")
    String seal;

    @Option(names = "--workers", defaultValue = "2", description = "Parallel extraction workers (default 2)")
    int workers;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    ImportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        ImportReport report;
        try (CaseFile opened = CaseOpener.open(context, caseDir);
             SearchIndex index = new SearchIndex(opened.openIndexDirectory());
             TerminalProgress progress = new TerminalProgress(context, json, "cli.import.progress")) {
            ImportRequest request = new ImportRequest(paths, new SeizureFacts(seizedAt, seizedOn, seal, custodian),
                    opened.details().country());
            report = new EvidenceImport(opened, index, ExtractionSettings.defaults(), workers).run(request,
                    new ImportProgress() {
                        @Override
                        public void update(int done, int total, long bytes, long bytesTotal, String current) {
                            progress.update(done, total, bytes);
                        }

                        @Override
                        public void records(String item, long written) {
                            progress.records(item, written);
                        }
                    });
        }
        if (json) {
            context.json().print(toJson(report));
        } else {
            print(report);
        }
        return report.problems().isEmpty() ? ExitCodes.DONE : ExitCodes.BAD_INPUT;
    }

    private void print(ImportReport report) {
        Messages messages = context.messages();
        context.out().println(messages.get("cli.import.done", report.filesSeen(), report.exhibitsAdded(),
                report.duplicates(), report.resumed()));
        if (report.attachmentsLinked() + report.attachmentsUnlinked() > 0) {
            context.out().println(messages.get("cli.import.attachments", report.attachmentsLinked(),
                    report.attachmentsUnlinked()));
        }
        if (report.ocrNotice() != null) {
            context.err().println(messages.get("cli.import.noOcr", report.ocrNotice()));
        }
        for (ImportProblem problem : report.problems()) {
            context.err().println(messages.get(problem.stored() ? "cli.import.problemStored" : "cli.import.problem",
                    problem.path(), problem.reason()));
        }
    }

    private static Map<String, Object> toJson(ImportReport report) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("importId", report.importId());
        doc.put("files", report.filesSeen());
        doc.put("exhibitsAdded", report.exhibitsAdded());
        doc.put("duplicates", report.duplicates());
        doc.put("watchHits", report.watchHits());
        doc.put("attachmentsLinked", report.attachmentsLinked());
        doc.put("attachmentsUnlinked", report.attachmentsUnlinked());
        doc.put("resumed", report.resumed());
        doc.put("bytes", report.bytesRead());
        doc.put("ocr", report.ocrNotice() == null ? "available" : report.ocrNotice());
        doc.put("errors", report.problems().stream().map(p -> Map.of("path", p.path(), "reason", p.reason(),
                "stored", p.stored())).toList());
        return doc;
    }
}
