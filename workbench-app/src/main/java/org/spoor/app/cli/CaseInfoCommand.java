package org.spoor.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spoor case info DIR [--json]}: title, counts, sizes, format version. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Show a case's title, counts and sizes.")
final class CaseInfoCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    CaseInfoCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (CaseFile opened = CaseOpener.open(context, dir)) {
            CaseDetails details = opened.details();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("path", opened.folder().root().toString());
            info.put("caseId", details.caseId());
            info.put("title", details.title());
            info.put("country", details.country());
            info.put("jurisdiction", details.jurisdiction());
            info.put("investigator", details.investigator());
            info.put("unit", details.unit());
            info.put("createdAt", details.createdAt().toString());
            info.put("formatVersion", opened.header().formatVersion());
            info.put("exhibits", opened.exhibits().count());
            info.put("originalBytes", opened.exhibits().totalBytes());
            info.put("custodyEvents", opened.custody().count());
            info.put("auditEntries", opened.audit().count());
            info.put("caseFolderBytes", folderSize(opened.folder().root()));
            info.put("kdf", Map.of("algorithm", opened.header().kdf().algorithm(),
                    "memoryKiB", opened.header().kdf().memoryKiB(),
                    "iterations", opened.header().kdf().iterations(),
                    "parallelism", opened.header().kdf().parallelism()));
            if (json) {
                context.json().print(info);
            } else {
                context.out().println(context.messages().get("cli.case.info", details.title(), details.country(),
                        details.investigator() == null ? "-" : details.investigator(), info.get("exhibits"),
                        info.get("originalBytes"), info.get("auditEntries"), info.get("formatVersion"),
                        info.get("caseFolderBytes")));
            }
        }
        return ExitCodes.DONE;
    }

    private static long folderSize(Path root) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
