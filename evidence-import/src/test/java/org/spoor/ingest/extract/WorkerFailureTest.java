package org.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.ingest.extract.ExtractionProblem.Kind;
import org.spoor.testsupport.Corpus;

/**
 * A parser that hangs, eats memory or ends its process is stopped with the item named, and the next item
 * extracts normally in a fresh worker. Uses Tika's MockParser (tika-core tests jar), which does these on demand.
 */
class WorkerFailureTest {

    private static ExtractionSettings tight() {
        return ExtractionSettings.defaults().withTimeoutPerItem(Duration.ofSeconds(1)).withWorkerHeapMb(96)
                .withOcr(false, List.of());
    }

    @Test
    void sleepingAndSpinningParsersAreStoppedAtTheTimeoutAndTheNextFileExtracts(@TempDir Path scratch) {
        try (Extractor extractor = ExtractorFactory.create(tight())) {
            for (String name : List.of("mock__sleep.xml", "mock__sleep_not_interruptible.xml",
                    "mock__heavy_hang_30000.xml")) {
                ExtractedItem item = extractor.extract(Corpus.tika(name), name, scratch.resolve(name));
                assertThat(item.problem()).as(name).isNotNull();
                assertThat(item.problem().kind()).as(name).isEqualTo(Kind.TIMEOUT);
                assertThat(item.problem().reason()).contains("no progress for 1 s");
            }
            ExtractedItem next = extractor.extract(Corpus.tika("mock__hello_world.xml"), "hello", scratch.resolve("n"));
            assertThat(next.problem()).isNull();
            assertThat(next.text()).contains("hello world");
        }
    }

    @Test
    void aParserThatFillsTheHeapIsNamedOutOfMemoryAndTheWorkerIsReplaced(@TempDir Path scratch) {
        try (Extractor extractor = ExtractorFactory.create(tight().withTimeoutPerItem(Duration.ofSeconds(60)))) {
            ExtractedItem oom = extractor.extract(Corpus.tika("mock__real_oom.xml"), "oom", scratch.resolve("a"));
            ExtractedItem next = extractor.extract(Corpus.tika("mock__hello_world.xml"), "hi", scratch.resolve("b"));

            assertThat(oom.problem().kind()).isEqualTo(Kind.OUT_OF_MEMORY);
            assertThat(oom.problem().reason()).contains("96 MB");
            assertThat(next.problem()).isNull();
            assertThat(next.text()).contains("hello world");
        }
    }

    @Test
    void aParserCallingSystemExitEndsOnlyTheWorkerAndIsNamedACrash(@TempDir Path scratch) {
        try (Extractor extractor = ExtractorFactory.create(tight().withTimeoutPerItem(Duration.ofSeconds(60)))) {
            ExtractedItem exit = extractor.extract(Corpus.tika("mock__system_exit.xml"), "exit", scratch.resolve("a"));
            ExtractedItem next = extractor.extract(Corpus.tika("mock__hello_world.xml"), "hi", scratch.resolve("b"));

            assertThat(exit.problem().kind()).isEqualTo(Kind.PARSER_CRASH);
            assertThat(exit.problem().reason()).contains("ended unexpectedly");
            assertThat(next.text()).contains("hello world");
        }
    }

    @Test
    void whenAnEntryHangsTheFinishedEntriesAreKeptAndTheHangingOneIsNamed(@TempDir Path work) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("ledger.txt", "12 kg ivory, paid 4000 USD");
        entries.put("stuck.xml", Files.readString(Corpus.tika("mock__heavy_hang_30000.xml"), StandardCharsets.UTF_8));
        Path zip = HostileFiles.zip(work.resolve("mixed.zip"), entries);

        try (Extractor extractor = ExtractorFactory.create(tight().withTimeoutPerItem(Duration.ofSeconds(3)))) {
            ExtractedItem item = extractor.extract(zip, "mixed.zip", work.resolve("scratch"));

            assertThat(item.problem().kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(item.embedded()).extracting(ExtractedItem::name).containsExactly("ledger.txt", "stuck.xml");
            assertThat(item.embedded().get(0).problem()).isNull();
            assertThat(item.embedded().get(0).text()).contains("12 kg ivory");
            assertThat(item.embedded().get(1).problem().kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(item.embedded().get(1).bytes()).isRegularFile();
        }
    }

    @Test
    void aClosedExtractorRefusesWorkByNamingItNotByThrowing(@TempDir Path scratch) {
        Extractor extractor = ExtractorFactory.create(tight());
        extractor.close();

        ExtractedItem item = extractor.extract(Corpus.tika("mock__hello_world.xml"), "hello", scratch);

        assertThat(item.problem().kind()).isEqualTo(Kind.PARSER_CRASH);
        assertThat(item.problem().reason()).contains("closed");
    }
}
