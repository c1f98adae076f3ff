package org.spoor.ingest.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Limits and options of one extraction service.
 *
 * @param timeoutPerItem   how long the parser may go without progress (an item, or one item inside an archive,
 *                         finishing) before its worker is killed and the item is named {@code TIMEOUT}
 * @param workerHeapMb     {@code -Xmx} of the forked parser JVM
 * @param maxDepth         deepest nesting that is opened: the root is depth 0, a file inside a zip depth 1; an
 *                         item deeper than this keeps its bytes and is named {@code TOO_DEEP}
 * @param maxTextChars     text kept per item; the rest is cut (metadata {@code spoor:text-truncated})
 * @param ocrLanguages     Tesseract language codes wanted ("vie", "khm", "eng"); only installed ones are used
 * @param ocrEnabled       run Tesseract on images and image-only PDF pages
 * @param maxEmbeddedBytes most bytes written to scratch for the items inside one root file (a zip bomb stops
 *                         there and is named {@code TOO_LARGE}); also never more than 100 times the root's size
 *                         beyond a 64 MiB floor
 * @param workerTempDir    where the worker's parsers put their temporary files (a private folder is made inside
 *                         it and wiped); null = the system temp folder. Point it into the case's scratch area so
 *                         no plaintext lands in /tmp
 */
public record ExtractionSettings(Duration timeoutPerItem, int workerHeapMb, int maxDepth, long maxTextChars,
                                 List<String> ocrLanguages, boolean ocrEnabled, long maxEmbeddedBytes,
                                 Path workerTempDir) {

    /** The case languages of issue 3 plus English. */
    public static final List<String> CASE_LANGUAGES = List.of("vie", "ind", "spa", "lao", "khm", "tha", "mon", "eng");

    public ExtractionSettings {
        Objects.requireNonNull(timeoutPerItem, "timeoutPerItem");
        if (timeoutPerItem.isNegative() || timeoutPerItem.isZero()) {
            throw new IllegalArgumentException("timeoutPerItem must be positive: " + timeoutPerItem);
        }
        if (workerHeapMb < 64) {
            throw new IllegalArgumentException("workerHeapMb must be at least 64: " + workerHeapMb);
        }
        if (maxDepth < 0 || maxTextChars < 0 || maxEmbeddedBytes < 0) {
            throw new IllegalArgumentException("limits must not be negative");
        }
        ocrLanguages = ocrLanguages == null ? List.of() : List.copyOf(ocrLanguages);
    }

    /** The six-value form of the import pipeline: 4 GiB embedded budget, system temp folder. */
    public ExtractionSettings(Duration timeoutPerItem, int workerHeapMb, int maxDepth, long maxTextChars,
                              List<String> ocrLanguages, boolean ocrEnabled) {
        this(timeoutPerItem, workerHeapMb, maxDepth, maxTextChars, ocrLanguages, ocrEnabled, 4L << 30, null);
    }

    /** 2 minutes per item, 1 GiB worker heap, 16 levels deep, 10 million characters, OCR in the case languages. */
    public static ExtractionSettings defaults() {
        return new ExtractionSettings(Duration.ofMinutes(2), 1024, 16, 10_000_000L, CASE_LANGUAGES, true);
    }

    public ExtractionSettings withTimeoutPerItem(Duration timeout) {
        return new ExtractionSettings(timeout, workerHeapMb, maxDepth, maxTextChars, ocrLanguages, ocrEnabled,
                maxEmbeddedBytes, workerTempDir);
    }

    public ExtractionSettings withWorkerHeapMb(int heapMb) {
        return new ExtractionSettings(timeoutPerItem, heapMb, maxDepth, maxTextChars, ocrLanguages, ocrEnabled,
                maxEmbeddedBytes, workerTempDir);
    }

    public ExtractionSettings withMaxDepth(int depth) {
        return new ExtractionSettings(timeoutPerItem, workerHeapMb, depth, maxTextChars, ocrLanguages, ocrEnabled,
                maxEmbeddedBytes, workerTempDir);
    }

    public ExtractionSettings withMaxTextChars(long chars) {
        return new ExtractionSettings(timeoutPerItem, workerHeapMb, maxDepth, chars, ocrLanguages, ocrEnabled,
                maxEmbeddedBytes, workerTempDir);
    }

    public ExtractionSettings withOcr(boolean enabled, List<String> languages) {
        return new ExtractionSettings(timeoutPerItem, workerHeapMb, maxDepth, maxTextChars, languages, enabled,
                maxEmbeddedBytes, workerTempDir);
    }

    public ExtractionSettings withMaxEmbeddedBytes(long bytes) {
        return new ExtractionSettings(timeoutPerItem, workerHeapMb, maxDepth, maxTextChars, ocrLanguages, ocrEnabled,
                bytes, workerTempDir);
    }

    public ExtractionSettings withWorkerTempDir(Path dir) {
        return new ExtractionSettings(timeoutPerItem, workerHeapMb, maxDepth, maxTextChars, ocrLanguages, ocrEnabled,
                maxEmbeddedBytes, dir);
    }
}
