package org.spoor.reports.sign;

import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.PdfPadesSigner;
import com.itextpdf.signatures.SignerProperties;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Calendar;
import org.spoor.reports.ReportsException;

/**
 * Signs a finished bundle with the investigator's key: PAdES baseline B (CAdES-detached signature,
 * SHA-256, signing certificate attribute), invisible, in an incremental update so the PDF/A
 * content stays byte-identical. No time-stamp: B-T and later need a time-stamping authority,
 * which a field laptop often cannot reach.
 */
public final class BundleSigner {

    public void sign(Path unsignedPdf, Path signedPdf, InvestigatorKey key, String reason, String location)
            throws ReportsException {
        try (PdfReader reader = new PdfReader(unsignedPdf.toFile());
             OutputStream out = Files.newOutputStream(signedPdf)) {
            PdfPadesSigner signer = new PdfPadesSigner(reader, out)
                    .setStampingProperties(new StampingProperties().useAppendMode());
            SignerProperties properties = new SignerProperties()
                    .setFieldName("Investigator signature")
                    .setReason(reason)
                    .setLocation(location)
                    .setClaimedSignDate(Calendar.getInstance());
            signer.signWithBaselineBProfile(properties, key.chainArray(), key.privateKey());
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new ReportsException("sign.bundle.failed", "cannot sign " + unsignedPdf + ": " + e.getMessage(),
                    e, unsignedPdf);
        }
    }
}
