package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spoor case create DIR --title T [--country VN] [--investigator NAME] [--unit U] [--json]}. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create a new encrypted case.")
final class CaseCreateCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of the new case (e.g. pangolin-2026.spoor)")
    Path dir;

    @Option(names = "--title", required = true, description = "Case title")
    String title;

    @Option(names = "--country", defaultValue = "VN", description = "Country whose law applies (VN, LA, KH, ID, MN, PE, EC, CO)")
    String country;

    @Option(names = "--investigator", description = "Investigator in charge")
    String investigator;

    @Option(names = "--unit", description = "Investigating unit")
    String unit;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    CaseCreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Countries.requireKnown(country, context.messages());
        char[] password = context.passwords().newCasePassword();
        CaseDetails draft = CaseDetails.draft(title, country.toUpperCase(java.util.Locale.ROOT), investigator, unit);
        try (CaseFile created = CaseFile.create(dir, draft, password, context.caseOptions())) {
            CaseDetails details = created.details();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("path", created.folder().root().toString());
                out.put("caseId", details.caseId());
                out.put("title", details.title());
                out.put("country", details.country());
                out.put("formatVersion", created.header().formatVersion());
                context.json().print(out);
            } else {
                context.out().println(context.messages().get("cli.case.created", details.title(),
                        created.folder().root()));
            }
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        return ExitCodes.DONE;
    }
}
