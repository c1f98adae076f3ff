package org.spoor.reports.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.ReportsException;
import org.spoor.reports.bundle.BundleWriter;
import org.spoor.reports.testing.PdfA;
import org.spoor.reports.testing.SampleCase;
import org.spoor.reports.testing.Tools;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BundleSignerTest {

    static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    @TempDir
    static Path dir;
    static Path keystore;
    static Path signed;

    @BeforeAll
    static void signTheSampleBundle() throws Exception {
        keystore = dir.resolve("investigator.p12");
        SelfSignedKeystore.create(keystore, "Lt. Phạm Thu", "Environmental Police C05", PASSWORD);
        Path unsigned = dir.resolve("bundle.pdf");
        new BundleWriter().write(SampleCase.standard(), unsigned);
        signed = dir.resolve("bundle-signed.pdf");
        new BundleSigner().sign(unsigned, signed, InvestigatorKey.load(keystore, PASSWORD),
                "Evidence bundle for the prosecutor", "Hà Nội");
        Tools.keep(signed);
    }

    @Test
    void pdfsigReportsTheInvestigatorsSignatureValid() throws Exception {
        Tools.Result result = Tools.run(null, "pdfsig", signed.toString());

        assertThat(result.out()).contains("Signature Validation: Signature is Valid.")
                .contains("Lt. Phạm Thu")
                .contains("Signature Type: ETSI.CAdES.detached");
    }

    @Test
    void aChangedByteAfterSigningMakesPdfsigReportTheSignatureInvalid() throws Exception {
        byte[] bytes = Files.readAllBytes(signed);
        int target = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("/Producer");
        bytes[target + 3] = (byte) (bytes[target + 3] ^ 0x20);
        Path tampered = dir.resolve("tampered.pdf");
        Files.write(tampered, bytes);

        Tools.Result result = Tools.run(null, "pdfsig", tampered.toString());

        assertThat(result.out()).doesNotContain("Signature is Valid.");
    }

    @Test
    void theSignedBundleIsStillPdfA2b() throws Exception {
        assertThat(PdfA.failures(signed, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void aWrongKeystorePasswordIsReportedAsUnreadableKeystore() {
        assertThatThrownBy(() -> InvestigatorKey.load(keystore, "wrong".toCharArray()))
                .isInstanceOf(ReportsException.class)
                .extracting(e -> ((ReportsException) e).messageKey()).isEqualTo("sign.keystore.unreadable");
    }
}
