package org.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.testsupport.Corpus;

/** Parsers' own temporary files stay in the folder the import chose, and are gone once the extractor closes. */
class WorkerTempFilesTest {

    @Test
    void theWorkersTemporaryFilesLiveInTheChosenFolderAndAreWipedOnClose(@TempDir Path work) throws IOException {
        Path tempArea = Files.createDirectories(work.resolve("case-scratch"));
        ExtractionSettings settings = ExtractionSettings.defaults().withWorkerHeapMb(256).withOcr(false, List.of())
                .withWorkerTempDir(tempArea);
        ExtractedItem item;
        boolean privateFolderWhileRunning;
        try (Extractor extractor = ExtractorFactory.create(settings)) {
            item = extractor.extract(Corpus.tika("test_recursive_embedded.docx"), "nested.docx", work.resolve("s"));
            privateFolderWhileRunning = entries(tempArea).stream()
                    .anyMatch(path -> path.getFileName().toString().startsWith("spoor-extract-"));
        }

        assertThat(item.flatten()).hasSizeGreaterThan(3);
        assertThat(privateFolderWhileRunning).isTrue();
        assertThat(entries(tempArea)).isEmpty();
    }

    private static List<Path> entries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
