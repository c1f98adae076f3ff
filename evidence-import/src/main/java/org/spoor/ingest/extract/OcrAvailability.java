package org.spoor.ingest.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether OCR can run as configured, for the import to say once (not per item) what will be missing.
 */
public final class OcrAvailability {

    private OcrAvailability() {
    }

    /** Why OCR in the default case languages cannot fully run, or empty when it can. */
    public static Optional<String> missingReason() {
        return missingReason(ExtractionSettings.CASE_LANGUAGES);
    }

    /** Why OCR in these Tesseract languages cannot fully run, or empty when it can. */
    public static Optional<String> missingReason(List<String> languages) {
        return describe(TesseractProbe.installedLanguages(), languages);
    }

    static Optional<String> describe(Optional<Set<String>> installed, List<String> wanted) {
        if (installed.isEmpty()) {
            return Optional.of("Tesseract OCR is not installed: images and scanned pages are imported without"
                    + " their text (install the tesseract-ocr package)");
        }
        List<String> missing = wanted.stream().filter(code -> !installed.get().contains(code)).toList();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String packages = missing.stream().map(code -> "tesseract-ocr-" + code).collect(Collectors.joining(" "));
        return Optional.of("Tesseract has no language data for " + String.join(", ", missing)
                + ": text in those languages is not recognised in images (install " + packages + ")");
    }
}
