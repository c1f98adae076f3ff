package org.spoor.ingest.extract.worker;

/**
 * Tesseract failing on an image (a format it cannot read, such as camera RAW or JPEG 2000) does not make the
 * image a bad item: its metadata was read, only OCR text is missing. Such failures are noted in the metadata
 * instead; a Tesseract timeout stays a TIMEOUT problem.
 */
final class OcrFailure {

    static final String OCR_ERROR = "spoor:ocr-error";

    private OcrFailure() {
    }

    static boolean isOcrFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.startsWith("TesseractOCRParser") || message.contains("TesseractOCRParser bad exit")) {
                return true;
            }
        }
        return false;
    }

    static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("timeout")) {
                return true;
            }
        }
        return false;
    }
}
