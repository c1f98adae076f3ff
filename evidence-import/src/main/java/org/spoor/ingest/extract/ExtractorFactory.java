package org.spoor.ingest.extract;

/** Creates extraction services; see {@link Extractor} for the one-per-thread rule. */
public final class ExtractorFactory {

    private ExtractorFactory() {
    }

    /** An extractor whose parsing runs in a forked JVM (started on first use, restarted after a failure). */
    public static Extractor create(ExtractionSettings settings) {
        return new ForkedExtractor(settings, WorkerCommand.fromCurrentJvm(settings));
    }
}
