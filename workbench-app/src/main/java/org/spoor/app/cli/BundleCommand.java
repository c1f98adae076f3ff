package org.spoor.app.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.spoor.app.bundle.BundleOptions;
import org.spoor.app.bundle.CaseBundleExport;
import org.spoor.app.bundle.ExportedFile;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Disclosure;
import org.spoor.reports.ReportsException;
import org.spoor.reports.sign.InvestigatorKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor bundle DIR --out FILE.pdf [--sign KEYSTORE.p12] [--prosecutor OFFICE] [--json]}: the
 * prosecution evidence bundle. Withheld exhibits are left out and only counted; the export and each
 * exhibit shown are recorded in the audit log.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true, description = "Write the prosecution evidence bundle (PDF).")
final class BundleCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", description = "Where to write the bundle")
    Path out;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
            description = "Sign with this PKCS#12 key (password from SPOOR_KEYSTORE_PASSWORD)")
    Path keystore;

    @Option(names = "--prosecutor", paramLabel = "OFFICE", description = "The prosecutor's office, for the cover")
    String prosecutor;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    BundleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Optional<InvestigatorKey> key = keystore == null ? Optional.empty()
                : Optional.of(new SigningKeys(context).load(keystore));
        ExportedFile written;
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            BundleOptions options = new BundleOptions(prosecutor, null, null,
                    LocalDate.now(opened.clock().withZone(java.time.ZoneOffset.UTC)));
            written = new CaseBundleExport().export(opened, out.toAbsolutePath(), key, options);
        } catch (ReportsException e) {
            throw new BadInputException(context.messages().get("cli.bundle.failed", e.getMessage()));
        }
        if (json) {
            context.json().print(ExportJson.of(written));
        } else {
            context.out().println(context.messages().get(written.signed() ? "cli.bundle.doneSigned" : "cli.bundle.done",
                    written.file(), written.exhibitRefs().size(), written.withheld(Disclosure.INFORMANT)
                            + written.withheld(Disclosure.NOT_FOR_DISCLOSURE), written.sha256()));
        }
        return ExitCodes.DONE;
    }

    /** The --json shape shared by the bundle and the pack export. */
    static final class ExportJson {
        private ExportJson() {
        }

        static Map<String, Object> of(ExportedFile written) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("file", written.file().toString());
            doc.put("sha256", written.sha256());
            doc.put("signed", written.signed());
            doc.put("exhibits", written.exhibitRefs());
            Map<String, Object> withheld = new LinkedHashMap<>();
            withheld.put("informant", written.withheld(Disclosure.INFORMANT));
            withheld.put("notForDisclosure", written.withheld(Disclosure.NOT_FOR_DISCLOSURE));
            doc.put("withheld", withheld);
            return doc;
        }
    }
}
