package org.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OcrAvailabilityTest {

    @Test
    void withoutTesseractTheReasonSaysSoAndHowToInstallIt() {
        assertThat(OcrAvailability.describe(Optional.empty(), List.of("vie")))
                .hasValueSatisfying(reason -> assertThat(reason).contains("not installed").contains("tesseract-ocr"));
    }

    @Test
    void missingLanguagesAreNamedWithTheirPackages() {
        assertThat(OcrAvailability.describe(Optional.of(Set.of("eng", "vie")), List.of("vie", "khm", "lao", "eng")))
                .hasValue("Tesseract has no language data for khm, lao: text in those languages is not recognised"
                        + " in images (install tesseract-ocr-khm tesseract-ocr-lao)");
    }

    @Test
    void allLanguagesInstalledMeansNothingToSay() {
        assertThat(OcrAvailability.describe(Optional.of(Set.of("eng", "vie", "osd")), List.of("vie", "eng")))
                .isEmpty();
    }

    @Test
    void tesseractsLanguageListingIsReadWithoutItsHeading() {
        String listing = "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (3):\n"
                + "eng\nosd\nvie\n";

        assertThat(TesseractProbe.parseListing(listing)).containsExactly("eng", "osd", "vie");
    }
}
