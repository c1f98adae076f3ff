package org.spoor.reports.bundle.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.reports.bundle.ArchivalPdf;
import org.spoor.reports.testing.Tools;

class ComplexScriptRenderingTest {

    static final String[] SAMPLES = {"ນໍ້າ", "ខ្ញុំ", "น้ำ", "vảy tê tê", "бөхөн эвэр"};

    @TempDir
    Path dir;

    @Test
    void laoKhmerThaiVietnameseAndMongolianComeBackFromTextExtractionAsTyped() throws Exception {
        Path pdf = renderSamples(dir.resolve("scripts.pdf"));

        String text = Tools.pdftotext(pdf);

        for (String sample : SAMPLES) {
            assertThat(text).contains(sample);
        }
        assertThat(text).contains("ຂາຍນໍ້າມັນ ເສືອ").contains("ខ្ញុំលក់ស្បែកខ្លា").contains("งาช้างและนอแรด");
    }

    @Test
    void everyFontOfTheScriptsPageIsEmbedded() throws Exception {
        Path pdf = renderSamples(dir.resolve("scripts.pdf"));

        assertThat(Tools.pdffontsRows(pdf)).isNotEmpty().allSatisfy(row -> assertThat(row).contains(" yes "));
    }

    @Test
    void chineseTradeNamesAreDrawnWithEmbeddedNotoCjkWhenTheMachineHasIt() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(CjkFont.find().isPresent(),
                "Noto Sans CJK is not installed (.ci/run installs fonts-noto-cjk)");
        String trade = "穿山甲片 象牙 犀角 — vảy tê tê";
        Path target = dir.resolve("cjk.pdf");
        FontResources resources = new FontResources();
        try (OutputStream out = Files.newOutputStream(target);
             PdfDocument pdf = ArchivalPdf.open(out, "cjk", "test")) {
            BundleFonts fonts = new BundleFonts(resources);
            Document document = new Document(pdf);
            document.setFontProvider(fonts.provider());
            document.setFontFamily(BundleFonts.SANS_FAMILY);
            document.add(new ScriptText(pdf, fonts, new ComplexShaper(resources)).paragraph(trade, 20));
            document.close();
        }
        Tools.keep(target);

        assertThat(Tools.pdftotext(target)).contains(trade).doesNotContain("[U+");
        assertThat(Tools.pdffontsRows(target)).anyMatch(row -> row.contains("CJK"))
                .allSatisfy(row -> assertThat(row).contains(" yes "));
    }

    @Test
    void khmerIsReallyShapedTheSubscriptConsonantIsAGlyphNoCharacterMapsTo() throws Exception {
        FontResources resources = new FontResources();
        ShapedGlyphs shaped = new ComplexShaper(resources).shape(Script.KHMER, "ខ្ញុំ");
        com.itextpdf.io.font.TrueTypeFont font = new com.itextpdf.io.font.TrueTypeFont(resources.complex(Script.KHMER));
        java.util.Set<Integer> mapped = new java.util.HashSet<>();
        "ខ្ញុំ".codePoints().forEach(cp -> mapped.add(font.getGlyph(cp).getCode()));

        assertThat(shaped.glyphIds()).isNotEmpty();
        assertThat(java.util.Arrays.stream(shaped.glyphIds()).boxed().toList())
                .as("GSUB replaced coeng + nyo by the subscript form").anyMatch(id -> !mapped.contains(id));
    }

    @Test
    void aLongLaoSentenceWithoutSpacesWrapsInsideANarrowTableCell() throws Exception {
        String sentence = "ຂາຍນໍ້າມັນເສືອແລະເກັດລີ່ນໃຫ້ພໍ່ຄ້າຈາກຕ່າງປະເທດທີ່ຊາຍແດນ";
        Path target = dir.resolve("narrow.pdf");
        FontResources resources = new FontResources();
        try (OutputStream out = Files.newOutputStream(target);
             PdfDocument pdf = ArchivalPdf.open(out, "narrow", "test")) {
            BundleFonts fonts = new BundleFonts(resources);
            ScriptText text = new ScriptText(pdf, fonts, new ComplexShaper(resources));
            Document document = new Document(pdf);
            document.setFontProvider(fonts.provider());
            document.setFontFamily(BundleFonts.SANS_FAMILY);
            com.itextpdf.layout.element.Table table = new com.itextpdf.layout.element.Table(new float[] {60, 400});
            table.addCell(new com.itextpdf.layout.element.Cell().add(text.paragraph(sentence, 10)));
            table.addCell("wide column");
            document.add(table);
            document.close();
        }
        Tools.keep(target);

        String extracted = Tools.pdftotext(target).replaceAll("\\s", "");

        assertThat(extracted).contains(sentence);
        assertThat(Tools.pdftotext(target).strip().lines().count()).isGreaterThan(2);
    }

    /** Also used to look at the page: SPOOR_KEEP=DIR keeps the PDF there. */
    static Path renderSamples(Path target) throws Exception {
        FontResources resources = new FontResources();
        try (OutputStream out = Files.newOutputStream(target);
             PdfDocument pdf = ArchivalPdf.open(out, "scripts", "test")) {
            BundleFonts fonts = new BundleFonts(resources);
            ScriptText text = new ScriptText(pdf, fonts, new ComplexShaper(resources));
            Document document = new Document(pdf);
            document.setFontProvider(fonts.provider());
            document.setFontFamily(BundleFonts.SANS_FAMILY);
            for (String sample : SAMPLES) {
                document.add(text.paragraph(sample, 28));
            }
            document.add(text.paragraph("Mixed: ຂາຍນໍ້າມັນ ເສືອ (Lao) — ខ្ញុំលក់ស្បែកខ្លា (Khmer) — "
                    + "งาช้างและนอแรด (Thai) — vảy tê tê, бөхөн эвэр, 中", 14));
            document.close();
        }
        Tools.keep(target);
        return target;
    }
}
