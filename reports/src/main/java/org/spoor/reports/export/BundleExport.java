package org.spoor.reports.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.spoor.reports.ReportsException;
import org.spoor.reports.bundle.BundleWriter;
import org.spoor.reports.bundle.model.AttachedOriginal;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.sign.BundleSigner;
import org.spoor.reports.sign.InvestigatorKey;

/**
 * What {@code spoor bundle CASE --out FILE.pdf [--sign KEYSTORE.p12]} does once the case has been
 * turned into a {@link BundleRequest}: write the bundle, sign it when a key is given, and only then
 * put it at the target path (a failed export leaves no half-written file behind).
 */
public final class BundleExport {

    private final BundleWriter writer;
    private final BundleSigner signer = new BundleSigner();

    public BundleExport(BundleWriter writer) {
        this.writer = writer;
    }

    public void export(BundleRequest request, List<AttachedOriginal> attachments, Path target,
                       Optional<InvestigatorKey> key, String location) throws ReportsException {
        Path unsigned = target.resolveSibling(target.getFileName() + ".unsigned.partial");
        Path signed = target.resolveSibling(target.getFileName() + ".partial");
        try {
            writer.write(request, unsigned, attachments);
            if (key.isPresent()) {
                signer.sign(unsigned, signed, key.get(), "Prosecution evidence bundle, case "
                        + request.summary().caseNumber(), location);
                Files.move(signed, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(unsigned, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new ReportsException("bundle.write.failed", "cannot write the bundle to " + target, e, target);
        } finally {
            deleteQuietly(unsigned);
            deleteQuietly(signed);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Best effort: a leftover .partial file is visible and harmless.
        }
    }
}
