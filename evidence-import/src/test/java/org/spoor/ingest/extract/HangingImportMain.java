package org.spoor.ingest.extract;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A stand-in for an import JVM that is killed while its worker is stuck: extracts args[0] with a long timeout. */
public final class HangingImportMain {

    private HangingImportMain() {
    }

    public static void main(String[] args) {
        ExtractionSettings settings = ExtractionSettings.defaults().withTimeoutPerItem(Duration.ofMinutes(10))
                .withWorkerHeapMb(96).withOcr(false, List.of());
        try (Extractor extractor = ExtractorFactory.create(settings)) {
            extractor.extract(Path.of(args[0]), "stuck.xml", Path.of(args[1]));
        }
    }
}
