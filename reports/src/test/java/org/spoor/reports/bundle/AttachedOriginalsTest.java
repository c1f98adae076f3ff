package org.spoor.reports.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.bundle.model.AttachedOriginal;
import org.spoor.reports.testing.PdfA;
import org.spoor.reports.testing.SampleCase;
import org.spoor.reports.testing.Tools;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class AttachedOriginalsTest {

    @TempDir
    Path dir;

    @Test
    void disclosedOriginalsAreEmbeddedAsPdfA3AssociatedFilesAndWithheldOnesAreNot() throws Exception {
        byte[] seizureReport = "biên bản thu giữ — original bytes".getBytes(StandardCharsets.UTF_8);
        List<AttachedOriginal> originals = List.of(
                new AttachedOriginal("SPR-0001", "bien-ban.txt", "text/plain", () -> new ByteArrayInputStream(seizureReport)),
                new AttachedOriginal(SampleCase.INFORMANT_REF, "source.txt", "text/plain", () -> {
                    throw new AssertionError("a withheld original must not even be opened");
                }));
        Path pdf = dir.resolve("bundle-a3.pdf");

        new BundleWriter().write(SampleCase.standard(), pdf, originals);

        assertThat(PdfA.failures(pdf, PDFAFlavour.PDFA_3_B)).isEmpty();
        Tools.Result list = Tools.run(null, "pdfdetach", "-list", pdf.toString());
        assertThat(list.out()).contains("1 embedded files").contains("SPR-0001 bien-ban.txt")
                .doesNotContain(SampleCase.INFORMANT_REF);
        Path saved = dir.resolve("saved.txt");
        Tools.run(null, "pdfdetach", "-save", "1", "-o", saved.toString(), pdf.toString());
        assertThat(Files.readAllBytes(saved)).isEqualTo(seizureReport);
    }
}
