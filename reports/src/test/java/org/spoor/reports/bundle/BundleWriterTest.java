package org.spoor.reports.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.testing.PdfA;
import org.spoor.reports.testing.SampleCase;
import org.spoor.reports.testing.Tools;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class BundleWriterTest {

    @TempDir
    static Path dir;
    static BundleRequest request;
    static Path bundle;
    static String text;

    @BeforeAll
    static void writeTheSampleBundle() throws Exception {
        request = SampleCase.standard();
        bundle = dir.resolve("bundle.pdf");
        new BundleWriter().write(request, bundle);
        Tools.keep(bundle);
        text = Tools.pdftotext(bundle);
    }

    @Test
    void qpdfFindsNoStructuralProblem() throws Exception {
        Tools.Result check = Tools.run(null, "qpdf", "--check", bundle.toString());

        assertThat(check.exitCode()).as(check.out()).isZero();
        assertThat(check.out()).contains("No syntax or stream encoding errors found");
    }

    @Test
    void everyFontIsEmbedded() throws Exception {
        List<String> rows = Tools.pdffontsRows(bundle);

        assertThat(rows).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(row -> assertThat(row.split("\\s+")).contains("yes", "Identity-H"))
                .allSatisfy(row -> assertThat(row).matches(".*Identity-H\\s+yes\\s+yes.*"));
    }

    @Test
    void everyDisclosedExhibitsSha256AndTheVietnameseTextCanBeFoundByTextSearch() {
        List<ExhibitEntry> disclosed = request.exhibits().stream().filter(ExhibitEntry::disclosable).toList();

        assertThat(disclosed).hasSize(6);
        for (ExhibitEntry exhibit : disclosed) {
            assertThat(text).contains(exhibit.sha256()).contains(exhibit.md5()).contains(exhibit.ref());
        }
        assertThat(text).contains(SampleCase.VIETNAMESE).contains("vảy tê tê").contains("бөхөн эвэр")
                .contains("ຂາຍນໍ້າມັນ").contains("ខ្ញុំ").contains("น้ำ");
    }

    @Test
    void everyPageCarriesTheHandlingBannerAndItsNumberOutOfTheTotal() throws Exception {
        int pages = pageCount();
        String[] pageTexts = text.split("\f");

        assertThat(pages).isGreaterThan(8);
        for (int page = 1; page <= pages; page++) {
            assertThat(pageTexts[page - 1]).contains("OFFICIAL-SENSITIVE — LAW ENFORCEMENT ONLY — MẬT")
                    .contains("Page " + page + " of " + pages);
        }
    }

    @Test
    void theContentsFollowTheCoverAndPointToTheRightPages() {
        String[] pageTexts = text.split("\f");

        assertThat(pageTexts[1]).contains("Contents").contains("Exhibit index").contains("Withheld material");
        int indexPage = pageOf(pageTexts, "Exhibit index\n");
        assertThat(pageTexts[1]).containsPattern("Exhibit index[\\s.]*" + indexPage + "\\s");
    }

    @Test
    void bookmarksListTheSectionsAndEveryExhibit() throws Exception {
        try (com.itextpdf.kernel.pdf.PdfDocument pdf = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(bundle.toFile()))) {
            List<String> titles = pdf.getOutlines(false).getAllChildren().stream()
                    .map(com.itextpdf.kernel.pdf.PdfOutline::getTitle).toList();
            assertThat(titles).containsSubsequence("Cover", "Contents", "Case summary", "Offence elements",
                    "Exhibit index", "Chain of custody", "Exhibits", "Map", "Timeline", "People and numbers",
                    "Withheld material");
            com.itextpdf.kernel.pdf.PdfOutline exhibits = pdf.getOutlines(false).getAllChildren().stream()
                    .filter(o -> o.getTitle().equals("Exhibits")).findFirst().orElseThrow();
            assertThat(exhibits.getAllChildren()).hasSize(6);
        }
    }

    @Test
    void theOffenceMatrixCitesTheArticleLinksExhibitsAndSaysTheTemplateIsADraft() {
        assertThat(text).contains("Art. 244").contains("VN-PC-244.species").contains("DRAFT: not yet reviewed by a lawyer")
                .contains("none linked");
    }

    @Test
    void theBundleConformsToPdfA2b() throws Exception {
        assertThat(PdfA.failures(bundle, PDFAFlavour.PDFA_2_B)).isEmpty();
    }

    @Test
    void withheldMaterialIsCountedButNeverNamed() throws Exception {
        assertThat(text).contains("Exhibits withheld: informant material").containsPattern("informant material\\s+1");

        for (String secret : secrets()) {
            assertThat(text).doesNotContain(secret);
        }
        byte[] raw = Files.readAllBytes(bundle);
        Path expanded = dir.resolve("expanded.pdf");
        Tools.Result qdf = Tools.run(null, "qpdf", "--qdf", "--object-streams=disable", bundle.toString(),
                expanded.toString());
        assertThat(qdf.exitCode()).as(qdf.out()).isIn(0, 3);
        byte[] decompressed = Files.readAllBytes(expanded);
        for (String secret : secrets()) {
            for (byte[] bytes : List.of(raw, decompressed)) {
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_8))).as(secret).isEqualTo(-1);
                assertThat(indexOf(bytes, secret.getBytes(StandardCharsets.UTF_16BE))).as(secret).isEqualTo(-1);
            }
        }
    }

    @Test
    void redactedPassagesAreRemovedNotCoveredAndTheRestOfTheExhibitRemains() throws Exception {
        assertThat(text).doesNotContain(SampleCase.REDACTED_CANARY).contains("[redacted]")
                .contains("Tổng khối lượng: 12,4 kg.");
        Path expanded = dir.resolve("expanded-redaction.pdf");
        Tools.run(null, "qpdf", "--qdf", "--object-streams=disable", bundle.toString(), expanded.toString());
        assertThat(indexOf(Files.readAllBytes(expanded), "witness-home".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    static List<String> secrets() {
        List<String> secrets = new java.util.ArrayList<>(List.of(SampleCase.INFORMANT_CANARY, SampleCase.SECRET_CANARY,
                SampleCase.INFORMANT_REF, SampleCase.SECRET_REF, SampleCase.REDACTED_CANARY));
        request.exhibits().stream().filter(e -> !e.disclosable()).forEach(e -> {
            secrets.add(e.sha256());
            secrets.add(e.md5());
        });
        return secrets;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static int pageOf(String[] pageTexts, String marker) {
        for (int i = 2; i < pageTexts.length; i++) {
            if (pageTexts[i].contains(marker)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page contains " + marker);
    }

    private static int pageCount() throws Exception {
        Tools.Result info = Tools.run(null, "pdfinfo", bundle.toString());
        return Integer.parseInt(info.out().replaceAll("(?s).*Pages:\\s+(\\d+).*", "$1"));
    }
}
