package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.disclosure.ExhibitDisclosure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor exhibit mark DIR REF --disclosure INFORMANT|NOT_FOR_DISCLOSURE|DISCLOSABLE --reason TEXT}:
 * marks what may be disclosed; bundles and packs made afterwards follow the marking (an exhibit's
 * embedded items with it). Audited with the reason.
 */
@Command(name = "mark", mixinStandardHelpOptions = true, description = "Mark an exhibit's disclosure.")
final class ExhibitMarkCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Parameters(index = "1", paramLabel = "REF", description = "Exhibit reference, e.g. SPR-0003")
    String ref;

    @Option(names = "--disclosure", required = true, description = "INFORMANT, NOT_FOR_DISCLOSURE or DISCLOSABLE")
    Disclosure disclosure;

    @Option(names = "--reason", required = true, description = "Why (kept in the audit log)")
    String reason;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    ExhibitMarkCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        if (reason.isBlank()) {
            throw new UsageException(context.messages().get("cli.exhibit.noReason"));
        }
        Exhibit marked;
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            Exhibit exhibit = opened.exhibits().byRef(ref.strip())
                    .orElseThrow(() -> new BadInputException(context.messages().get("cli.exhibit.unknown", ref)));
            marked = ExhibitDisclosure.mark(opened, exhibit.id(), disclosure, reason);
        }
        if (json) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("ref", marked.ref());
            doc.put("disclosure", marked.disclosure().name());
            context.json().print(doc);
        } else {
            context.out().println(context.messages().get("cli.exhibit.marked", marked.ref(), marked.disclosure()));
        }
        return ExitCodes.DONE;
    }
}
