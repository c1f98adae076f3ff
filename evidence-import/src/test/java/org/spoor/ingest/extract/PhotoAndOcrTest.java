package org.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.testsupport.Corpus;

/** EXIF facts for the map and timeline, and OCR of pictures and scanned pages in the case languages. */
class PhotoAndOcrTest {

    private static ExtractionSettings ocrIn(List<String> languages) {
        return ExtractionSettings.defaults().withTimeoutPerItem(Duration.ofSeconds(90)).withWorkerHeapMb(256)
                .withOcr(true, languages);
    }

    @Test
    void aPhonePhotosGpsTimeAndDeviceBecomePhotoFacts(@TempDir Path work) throws IOException {
        Path photo = Files.write(work.resolve("IMG_0412.jpg"), ExifJpeg.photo("Xiaomi", "Redmi Note 8",
                "2024:03:05 14:30:00", "+07:00", new int[] {21, 1, 30}, new int[] {105, 51, 18}));

        try (Extractor extractor = ExtractorFactory.create(ocrIn(List.of()).withOcr(false, List.of()))) {
            ExtractedItem item = extractor.extract(photo, "IMG_0412.jpg", work.resolve("scratch"));

            assertThat(item.problem()).isNull();
            assertThat(item.mediaType()).isEqualTo("image/jpeg");
            PhotoFacts facts = item.photo();
            assertThat(facts.latitude()).isCloseTo(21.025, Offset.offset(1e-6));
            assertThat(facts.longitude()).isCloseTo(105.855, Offset.offset(1e-6));
            assertThat(facts.takenAt()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
            assertThat(facts.originalOffset()).isEqualTo("+07:00");
            assertThat(facts.deviceMake()).isEqualTo("Xiaomi");
            assertThat(facts.deviceModel()).isEqualTo("Redmi Note 8");
            assertThat(item.ocrApplied()).isFalse();
        }
    }

    @Test
    void vietnameseTextInAnImageIsFoundByOcr(@TempDir Path work) throws IOException {
        assumeTesseractHas(List.of("vie", "eng"));
        Path image = render(work.resolve("note.png"), "vảy tê tê 120 kg");

        try (Extractor extractor = ExtractorFactory.create(ocrIn(List.of("vie", "eng")))) {
            ExtractedItem item = extractor.extract(image, "note.png", work.resolve("scratch"));

            assertThat(item.problem()).isNull();
            assertThat(item.ocrApplied()).isTrue();
            assertThat(item.text()).contains("vảy").contains("tê tê").contains("120 kg");
        }
    }

    @Test
    void aScannedPdfPageWithoutTextIsOcred(@TempDir Path work) {
        assumeTesseractHas(List.of("eng"));
        try (Extractor extractor = ExtractorFactory.create(ocrIn(List.of("eng")))) {
            ExtractedItem item = extractor.extract(Corpus.tika("testOCR.pdf"), "testOCR.pdf", work);

            assertThat(item.ocrApplied()).isTrue();
            assertThat(item.text()).contains("Happy New Year 2003");
        }
    }

    @Test
    void withOcrSwitchedOffAnImageKeepsItsMetadataButGetsNoText(@TempDir Path work) {
        try (Extractor extractor = ExtractorFactory.create(ocrIn(List.of("eng")).withOcr(false, List.of("eng")))) {
            ExtractedItem item = extractor.extract(Corpus.tika("testOCR.jpg"), "testOCR.jpg", work);

            assertThat(item.ocrApplied()).isFalse();
            assertThat(item.text()).doesNotContain("Apache Tika");
            assertThat(item.metadata()).containsKey("tiff:ImageWidth");
        }
    }

    /** The only reason any test here may skip: Tesseract or its language data is not installed. */
    private static void assumeTesseractHas(List<String> languages) {
        Optional<String> missing = OcrAvailability.missingReason(languages);
        assumeThat(missing).as("OCR unavailable: %s", missing.orElse("")).isEmpty();
    }

    private static Path render(Path target, String text) throws IOException {
        BufferedImage image = new BufferedImage(1400, 220, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 96));
        g.drawString(text, 40, 150);
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
        return target;
    }
}
