package org.spoor.ingest.extract;

import java.util.Objects;

/**
 * Why an item's text or metadata could not be (fully) extracted. The reason is a short sentence for the
 * investigator's error list ("password needed: ..."); the kind is what a program branches on.
 */
public record ExtractionProblem(Kind kind, String reason) {

    /** What went wrong, from the investigator's point of view. */
    public enum Kind {
        /** A password is needed to read the content. */
        ENCRYPTED,
        /** The file is damaged or not in the format it claims to be. */
        CORRUPT,
        /** No text extractor exists for this format (e.g. RAR); the original is still kept. */
        UNSUPPORTED,
        /** The parser made no progress within the per-item timeout and was stopped. */
        TIMEOUT,
        /** The parser ran out of its worker's memory and was stopped. */
        OUT_OF_MEMORY,
        /** Nested deeper than the configured limit: kept as bytes, not opened. */
        TOO_DEEP,
        /** Over a size limit (embedded-bytes budget, possible zip bomb). */
        TOO_LARGE,
        /** The parser itself failed (a bug in it, or the worker process died). */
        PARSER_CRASH,
        /** The file has no content at all (zero bytes). */
        EMPTY
    }

    public ExtractionProblem {
        Objects.requireNonNull(kind, "kind");
        reason = reason == null || reason.isBlank() ? kind.name().toLowerCase(java.util.Locale.ROOT) : reason;
    }

    public static ExtractionProblem of(Kind kind, String reason) {
        return new ExtractionProblem(kind, reason);
    }
}
