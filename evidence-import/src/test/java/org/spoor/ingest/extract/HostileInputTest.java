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
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.ingest.extract.ExtractionProblem.Kind;

/** Files built to hurt an importer: each one either lands or is named, and nothing escapes the scratch folder. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final int MAX_DEPTH = 10;
    private Extractor extractor;

    @BeforeAll
    void startExtractor() {
        extractor = ExtractorFactory.create(ExtractionSettings.defaults()
                .withTimeoutPerItem(Duration.ofSeconds(30))
                .withWorkerHeapMb(256)
                .withMaxDepth(MAX_DEPTH)
                .withMaxEmbeddedBytes(16L << 20)
                .withOcr(false, List.of()));
    }

    @AfterAll
    void stopExtractor() {
        extractor.close();
    }

    @Test
    void entryNamesWithDotDotOrAbsolutePathsWriteNothingOutsideTheScratchFolder(@TempDir Path work)
            throws IOException {
        String absolute = "/tmp/spoor-zip-slip-" + UUID.randomUUID() + ".txt";
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("../../evil.txt", "climbed out");
        entries.put(absolute, "absolute path");
        entries.put("..\\..\\windows-evil.txt", "backslashes");
        entries.put("fine.txt", "an honest entry");
        Path input = Files.createDirectories(work.resolve("in"));
        Path zip = HostileFiles.zip(input.resolve("slip.zip"), entries);
        Path caseArea = Files.createDirectories(work.resolve("case"));
        Path scratch = caseArea.resolve("scratch").resolve("item");

        ExtractedItem item = extractor.extract(zip, "slip.zip", scratch);

        // Tika reports backslashes in entry names as slashes; the names are labels, never paths.
        assertThat(item.embedded()).extracting(ExtractedItem::name)
                .containsExactlyInAnyOrder("../../evil.txt", absolute, "../../windows-evil.txt", "fine.txt");
        assertThat(item.embedded()).extracting(ExtractedItem::text)
                .anyMatch(text -> text.contains("climbed out")).anyMatch(text -> text.contains("absolute path"));
        assertThat(item.embedded()).allSatisfy(child -> assertThat(child.bytes().toAbsolutePath().normalize())
                .startsWith(scratch.toAbsolutePath()));
        assertThat(Path.of(absolute)).doesNotExist();
        assertThat(filesUnder(work)).allMatch(path -> path.startsWith(scratch) || path.startsWith(input));
    }

    @Test
    void fortyLevelsOfNestedZipsOpenDownToTheDepthLimitAndTheNextIsNamedTooDeep(@TempDir Path work)
            throws IOException {
        Path zip = HostileFiles.nestedZip(work.resolve("nest.zip"), 40);

        ExtractedItem item = extractor.extract(zip, "nest.zip", work.resolve("scratch"));

        ExtractedItem level = item;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            assertThat(level.problem()).as("depth " + depth).isNull();
            assertThat(level.embedded()).as("depth " + depth).hasSize(1);
            level = level.embedded().get(0);
        }
        assertThat(level.problem()).isNull();
        ExtractedItem tooDeep = level.embedded().get(0);
        assertThat(tooDeep.problem().kind()).isEqualTo(Kind.TOO_DEEP);
        assertThat(tooDeep.bytes()).isRegularFile();
        assertThat(tooDeep.mediaType()).isEqualTo("application/zip");
        assertThat(tooDeep.embedded()).isEmpty();
    }

    @Test
    void aZipBombIsStoppedAtTheEmbeddedByteBudgetAndNamed(@TempDir Path work) throws IOException {
        Path bomb = HostileFiles.zipBomb(work.resolve("bomb.zip"), 200);
        Path scratch = work.resolve("scratch-bomb");

        ExtractedItem item = extractor.extract(bomb, "bomb.zip", scratch);

        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        assertThat(item.problem().kind()).isEqualTo(Kind.TOO_LARGE);
        assertThat(item.problem().reason()).contains("zip bomb");
        assertThat(item.embedded()).first().satisfies(zeros -> {
            assertThat(zeros.problem().kind()).isEqualTo(Kind.TOO_LARGE);
            assertThat(zeros.bytes()).isNull();
        });
        long written;
        try (Stream<Path> files = Files.walk(scratch)) {
            written = files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
        }
        assertThat(written).isLessThanOrEqualTo(16L << 20);
    }

    @Test
    void anEmptyFileAndAnEmptyArchiveEntryAreNamedEmpty(@TempDir Path work) throws IOException {
        Path empty = Files.createFile(work.resolve("nothing.docx"));
        Path zip = HostileFiles.zip(work.resolve("with-empty.zip"), Map.of("blank.txt", "", "full.txt", "content"));

        assertThat(extractor.extract(empty, "nothing.docx", work.resolve("s1")).problem().kind())
                .isEqualTo(Kind.EMPTY);
        ExtractedItem archive = extractor.extract(zip, "with-empty.zip", work.resolve("s2"));
        assertThat(archive.problem()).isNull();
        assertThat(archive.embedded()).filteredOn(child -> child.name().equals("blank.txt")).singleElement()
                .satisfies(blank -> assertThat(blank.problem().kind()).isEqualTo(Kind.EMPTY));
    }

    @Test
    void invalidUtf8IsDecodedLossilyAroundTheBadBytes(@TempDir Path work) throws IOException {
        byte[] head = "Shipment of pangolin scales to Hai Phong, ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xA0, (byte) 0xE2, (byte) 0x28};
        byte[] tail = " invoice number 4471 paid in cash.".getBytes(StandardCharsets.UTF_8);
        Path file = work.resolve("broken.txt");
        Files.write(file, concat(head, bad, tail));

        ExtractedItem item = extractor.extract(file, "broken.txt", work.resolve("s3"));

        assertThat(item.problem()).isNull();
        assertThat(item.text()).contains("pangolin scales").contains("invoice number 4471");
    }

    @Test
    void aSixMegabyteSingleLineLandsWhole(@TempDir Path work) throws IOException {
        Path file = HostileFiles.singleLine(work.resolve("one-line.txt"), 6 << 20);

        ExtractedItem item = extractor.extract(file, "one-line.txt", work.resolve("s4"));

        assertThat(item.problem()).isNull();
        assertThat(item.text().trim().length()).isGreaterThanOrEqualTo((6 << 20) - 16);
        assertThat(item.text().lines().count()).isEqualTo(1);
    }

    @Test
    void textBeyondTheCapIsCutAndMarkedTruncated(@TempDir Path work) throws IOException {
        Path file = HostileFiles.singleLine(work.resolve("long.txt"), 200_000);
        try (Extractor capped = ExtractorFactory.create(ExtractionSettings.defaults()
                .withMaxTextChars(1_000).withWorkerHeapMb(128).withOcr(false, List.of()))) {

            ExtractedItem item = capped.extract(file, "long.txt", work.resolve("s5"));

            assertThat(item.problem()).isNull();
            assertThat(item.text().length()).isLessThanOrEqualTo(1_000);
            assertThat(item.text()).startsWith("pangolin scales");
            assertThat(item.metadata().get("spoor:text-truncated")).containsExactly("true");
        }
    }

    @Test
    void aMissingFileIsNamedWithoutThrowing(@TempDir Path work) {
        ExtractedItem item = extractor.extract(work.resolve("gone.pdf"), "gone.pdf", work.resolve("s6"));

        assertThat(item.problem().kind()).isEqualTo(Kind.CORRUPT);
        assertThat(item.problem().reason()).contains("not a readable file");
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
