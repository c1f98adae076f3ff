package org.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spoor.ingest.extract.ExtractionProblem.Kind;
import org.spoor.testsupport.Corpus;

/**
 * Every file of Tika's own test corpus (hundreds of formats, many broken or hostile on purpose) goes through
 * one extractor, as an import would. The run is bounded by the per-item timeout, so it must end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractorCorpusTest {

    /** Keys every item gets whatever it is; metadata beyond these means something was read. */
    private static final Set<String> BOOKKEEPING = Set.of("Content-Type", "Content-Length", "resourceName",
            "X-TIKA:Parsed-By", "X-TIKA:Parsed-By-Full-Set", "Content-Encoding", "X-TIKA:detectedEncoding",
            "X-TIKA:encodingDetector");

    private Path scratchRoot;

    private final Map<String, ExtractedItem> results = new TreeMap<>();
    private final Map<String, Long> millis = new TreeMap<>();

    @BeforeAll
    void extractWholeCorpus() throws IOException {
        scratchRoot = Files.createTempDirectory("spoor-extract-corpus-");
        // 20 s without progress: long enough that a loaded build machine never stops a healthy parser (8 s did,
        // at a load of 20 on 2 cores), short enough that the 30 s hang is still stopped.
        ExtractionSettings settings = ExtractionSettings.defaults()
                .withTimeoutPerItem(Duration.ofSeconds(20))
                .withWorkerHeapMb(384)
                .withOcr(false, List.of());
        List<Path> files;
        try (Stream<Path> listing = Files.list(Corpus.root().resolve("tika"))) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        try (Extractor extractor = ExtractorFactory.create(settings)) {
            int n = 0;
            for (Path file : files) {
                String name = file.getFileName().toString();
                long start = System.nanoTime();
                results.put(name, extractor.extract(file, name, scratchRoot.resolve("item-" + n++)));
                millis.put(name, (System.nanoTime() - start) / 1_000_000);
            }
        }
        printSummary();
    }

    @AfterAll
    void wipeScratch() {
        ScratchCleaner.deleteTree(scratchRoot);
    }

    @Test
    void everyFileOfTheCorpusComesBackWithTextMetadataOrANamedProblem() throws IOException {
        long files;
        try (Stream<Path> listing = Files.list(Corpus.root().resolve("tika"))) {
            files = listing.filter(Files::isRegularFile).count();
        }
        assertThat(results).hasSize((int) files);
        List<String> silent = results.entrySet().stream()
                .filter(e -> e.getValue().flatten().stream().anyMatch(item -> !readOrNamed(item)))
                .map(Map.Entry::getKey).toList();
        assertThat(silent).as("items with neither text, metadata nor a named problem").isEmpty();
    }

    @Test
    void everyEmbeddedItemsBytesLieInsideItsScratchFolder() {
        results.values().forEach(root -> root.embedded().forEach(child -> child.flatten().forEach(item -> {
            if (item.bytes() != null) {
                assertThat(item.bytes().toAbsolutePath().normalize()).startsWith(scratchRoot.toAbsolutePath())
                        .isRegularFile();
            }
        })));
    }

    @Test
    void aParserThatThrowsANullPointerIsNamedAsAParserCrashWithItsPartialText() {
        for (String name : List.of("mock__null_pointer.xml", "npe.xml")) {
            ExtractedItem item = results.get(name);
            assertThat(item.problem()).as(name).isNotNull();
            assertThat(item.problem().kind()).as(name).isEqualTo(Kind.PARSER_CRASH);
            assertThat(item.problem().reason()).contains("NullPointerException");
        }
        assertThat(results.get("mock__null_pointer.xml").text()).contains("some content");
    }

    @Test
    void aParserThatExhaustsMemoryIsNamedOutOfMemoryAndTheNextFileStillExtracts() {
        assertThat(results.get("mock__real_oom.xml").problem().kind()).isEqualTo(Kind.OUT_OF_MEMORY);
        assertThat(results.get("mock__sleep.xml").text()).contains("some content");
    }

    @Test
    void aParserThatSpinsIsStoppedAtTheTimeoutAndTheSlowButFinishingOnesLand() {
        assertThat(results.get("mock__heavy_hang_30000.xml").problem().kind()).isEqualTo(Kind.TIMEOUT);
        // The fuzzed OneNote file spins while allocating: depending on the machine's speed the worker's heap
        // runs out first or the timeout strikes first. Either way it is stopped and named, never hangs.
        assertThat(results.get("testOneNote-fuzz2.one").problem()).isNotNull();
        assertThat(results.get("testOneNote-fuzz2.one").problem().kind()).isIn(Kind.TIMEOUT, Kind.OUT_OF_MEMORY);
        assertThat(results.get("mock__sleep.xml").text()).contains("some content");
        assertThat(results.get("mock__timeout-10s.xml").text()).contains("hello");
    }

    @Test
    void aParserCallingSystemExitKillsOnlyItsWorker() {
        ExtractedItem item = results.get("mock__system_exit.xml");
        assertThat(item.problem().kind()).isEqualTo(Kind.PARSER_CRASH);
        assertThat(item.problem().reason()).contains("ended unexpectedly");
        assertThat(results.get("mock__testStaticStdOutErr.xml").text()).contains("hello world");
    }

    @Test
    void passwordProtectedDocumentsAreNamedAsNeedingAPassword() {
        for (String name : List.of("testWORD_protected_passtika.docx", "testWORD_protected_passtika.doc",
                "testEXCEL_protected_passtika.xls", "testEXCEL_protected_passtika_2.xlsx", "testODTEncrypted.odt",
                "test7Z_protected_passTika.7z")) {
            assertThat(results.get(name).flatten()).as(name)
                    .anyMatch(item -> item.problem() != null && item.problem().kind() == Kind.ENCRYPTED
                            && item.problem().reason().startsWith("password needed"));
        }
    }

    @Test
    void aWorkbookLockedOnlyWithExcelsDefaultPasswordOpensAndIsMarkedProtected() {
        // protectedFile.xlsx is encrypted with Excel's built-in "VelvetSweatshop" key (write protection):
        // no password is needed to read it, so its text lands.
        ExtractedItem item = results.get("protectedFile.xlsx");
        assertThat(item.problem()).isNull();
        assertThat(item.text()).contains("Microsoft Office");
        assertThat(item.metadata().get("protected")).containsExactly("true");
    }

    @Test
    void aRarArchiveIsNamedUnsupportedWithWhatToDo() {
        ExtractedItem rar = results.get("test-documents.rar");
        assertThat(rar.problem().kind()).isEqualTo(Kind.UNSUPPORTED);
        assertThat(rar.problem().reason()).isEqualTo("RAR archives are not supported (no open-source RAR reader);"
                + " extract it with another tool and import the folder");
    }

    @Test
    void archivesAndCompressedFilesYieldTheirEntriesWithText() {
        for (String name : List.of("moby.zip", "test-documents.tar.Z", "bz2__small-file.txt.bz2",
                "test-documents.zip", "TIKA-216.tgz", "test-zip-of-zip.zip")) {
            List<ExtractedItem> inside = results.get(name).flatten().subList(1, results.get(name).flatten().size());
            assertThat(inside).as(name).isNotEmpty().anyMatch(item -> !item.text().isBlank());
        }
        assertThat(results.get("moby.zip").embedded()).anyMatch(item -> item.text().contains("Ishmael"));
    }

    @Test
    void aWordFileWithAnEmbeddedPdfYieldsThePdfAsAChild() {
        ExtractedItem docx = results.get("EmbeddedPDF.docx");
        assertThat(docx.flatten()).anyMatch(item -> item.mediaType().equals("application/pdf"));
    }

    @Test
    void anEmailsAttachmentBecomesAChildWithItsOwnText() {
        ExtractedItem mail = results.get("testRFC822-mixed-with-pdf-inline");
        assertThat(mail.embedded()).isNotEmpty();
    }

    @Test
    void aPhotoWithGpsExifCarriesItsLocationTimeAndDevice() {
        PhotoFacts photo = results.get("testJPEG_GEO_2.jpg").photo();
        assertThat(photo).isNotNull();
        assertThat(photo.latitude()).isCloseTo(51.575762, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(photo.longitude()).isCloseTo(-1.567886, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(photo.deviceModel()).isEqualTo("Nexus S");
        assertThat(photo.takenAt()).isNotNull();
    }

    @Test
    void metadataCarriesNoControlCharacters() {
        results.values().forEach(root -> root.flatten().forEach(item -> item.metadata().forEach((key, values) -> {
            assertThat(key.chars()).noneMatch(Character::isISOControl);
            values.forEach(value -> assertThat(value.chars()).as(key).noneMatch(Character::isISOControl));
        })));
    }

    private static boolean readOrNamed(ExtractedItem item) {
        return item.problem() != null || !item.text().isBlank()
                || item.metadata().keySet().stream().anyMatch(key -> !BOOKKEEPING.contains(key))
                || !item.embedded().isEmpty() || item.ocrApplied();
    }

    private void printSummary() {
        Map<String, Long> kinds = results.values().stream().flatMap(root -> root.flatten().stream())
                .collect(Collectors.groupingBy(item -> item.problem() == null ? "ok" : item.problem().kind().name(),
                        TreeMap::new, Collectors.counting()));
        System.out.println("Corpus extraction: " + results.size() + " files, items by outcome " + kinds);
        millis.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                .forEach(e -> System.out.println("  slowest: " + e.getKey() + " " + e.getValue() + " ms"));
        results.forEach((name, item) -> item.flatten().stream().filter(ExtractedItem::hasProblem).forEach(p ->
                System.out.println("  problem: " + name + " :: " + p.name() + " -> " + p.problem())));
    }
}
