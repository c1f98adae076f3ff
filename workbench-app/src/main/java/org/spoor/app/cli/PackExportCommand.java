package org.spoor.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.Callable;

import org.spoor.app.bundle.BundleOptions;
import org.spoor.app.bundle.CasePackExport;
import org.spoor.app.bundle.ExportedFile;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.ScratchSpace;
import org.spoor.exhibit.Disclosure;
import org.spoor.reports.ReportsException;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor pack export DIR --out FILE.spoorpack [--sign KEYSTORE.p12] [--encrypt] [--json]}. A pack's
 * manifest is always signed: without {@code --sign} it is signed with a one-time key made for this
 * pack, which proves the files match the manifest but not who made it (the command says so), and the
 * bundle inside is unsigned.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a case pack: the bundle, the disclosed originals, a signed SHA-256 manifest.")
final class PackExportCommand implements Callable<Integer> {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Option(names = "--out", required = true, paramLabel = "FILE.spoorpack")
    Path out;

    @Option(names = "--sign", paramLabel = "KEYSTORE.p12",
            description = "Sign the bundle and the manifest with this key (password from SPOOR_KEYSTORE_PASSWORD)")
    Path keystore;

    @Option(names = "--encrypt", description = "Encrypt the pack for transfer (password from SPOOR_PACK_PASSWORD)")
    boolean encrypt;

    @Option(names = "--prosecutor", paramLabel = "OFFICE", description = "The prosecutor's office, for the cover")
    String prosecutor;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    PackExportCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        SigningKeys keys = new SigningKeys(context);
        InvestigatorKey given = keystore == null ? null : keys.load(keystore);
        char[] transferPassword = encrypt ? keys.packPassword(true) : null;
        ExportedFile written;
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            InvestigatorKey key = given != null ? given : oneTimeKey(opened);
            BundleOptions options = new BundleOptions(prosecutor, null, null,
                    LocalDate.now(opened.clock().withZone(ZoneOffset.UTC)));
            written = new CasePackExport().export(opened, out.toAbsolutePath(), key, given != null, transferPassword,
                    options);
        } catch (ReportsException e) {
            throw new BadInputException(context.messages().get("cli.pack.failed", e.getMessage()));
        } finally {
            if (transferPassword != null) {
                Arrays.fill(transferPassword, '\0');
            }
        }
        if (json) {
            java.util.Map<String, Object> doc = BundleCommand.ExportJson.of(written);
            doc.put("encrypted", encrypt);
            context.json().print(doc);
        } else {
            context.out().println(context.messages().get("cli.pack.done", written.file(),
                    written.exhibitRefs().size(), written.withheld(Disclosure.INFORMANT)
                            + written.withheld(Disclosure.NOT_FOR_DISCLOSURE), written.sha256()));
            if (given == null) {
                context.err().println(context.messages().get("cli.pack.oneTimeKey"));
            }
        }
        return ExitCodes.DONE;
    }

    /** A key made for this pack only, in the case's scratch area and wiped with it. */
    private static InvestigatorKey oneTimeKey(CaseFile opened) throws IOException, ReportsException {
        try (ScratchSpace scratch = opened.newScratch()) {
            char[] password = new char[24];
            SecureRandom random = new SecureRandom();
            for (int i = 0; i < password.length; i++) {
                password[i] = (char) ('a' + random.nextInt(26));
            }
            Path store = scratch.dir().resolve("one-time.p12");
            String investigator = opened.details().investigator();
            InvestigatorKey key = SelfSignedKeystore.create(store, investigator == null || investigator.isBlank()
                    ? "Spoor one-time pack key" : investigator + " (one-time pack key)", opened.details().unit(),
                    password);
            Files.deleteIfExists(store);
            return key;
        }
    }
}
