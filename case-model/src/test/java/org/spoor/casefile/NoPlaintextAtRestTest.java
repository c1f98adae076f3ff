package org.spoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nothing of a case is readable on disk without the password: every byte of every file is scanned. */
class NoPlaintextAtRestTest {

    private static final String TITLE_MARK = "ZEBRAFINCH-TITLE-7731";
    private static final String EXHIBIT_MARK = "PANGOLIN-LEDGER-4412 vảy tê tê Trần Văn Bình";
    private static final String AUDIT_MARK = "HORNBILL-AUDIT-9051";

    @TempDir
    Path temp;

    @Test
    void noDistinctiveStringOfTheCaseIsReadableInAnyFileOfTheCaseOrTheTempDir() throws Exception {
        Path dir = temp.resolve("secret.spoor");
        Path javaTemp = Path.of(System.getProperty("java.io.tmpdir"));
        long started = System.currentTimeMillis() - 1000;
        try (CaseFile created = CaseFile.create(dir, CaseDetails.draft(TITLE_MARK, "VN", "Lan", "Unit"),
                TestCases.PASSWORD, TestCases.options())) {
            TestCases.addExhibit(created, "ledger.txt", EXHIBIT_MARK.repeat(50));
            created.audit().record(created.actor(), "note.added", "SPR-0001", Map.of("note", AUDIT_MARK));
        }
        try (CaseFile reopened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
            assertThat(reopened.details().title()).isEqualTo(TITLE_MARK);
        }

        List<Path> scanned = new ArrayList<>(listTree(dir, null));
        for (Path file : listTree(javaTemp, dir)) {
            if (file.toFile().lastModified() >= started) {
                scanned.add(file); // what this test's Spoor may have written; other processes share /tmp
            }
        }
        assertThat(scanned).anyMatch(p -> p.toString().endsWith(".mv.db"));
        for (Path file : scanned) {
            byte[] bytes = readQuietly(file);
            for (String mark : List.of(TITLE_MARK, "PANGOLIN-LEDGER-4412", "Trần Văn Bình", AUDIT_MARK)) {
                assertThat(contains(bytes, mark.getBytes(StandardCharsets.UTF_8)))
                        .as("%s must not appear in %s", mark, file).isFalse();
                assertThat(contains(bytes, mark.getBytes(StandardCharsets.UTF_16LE)))
                        .as("%s (UTF-16) must not appear in %s", mark, file).isFalse();
            }
        }
    }

    private static List<Path> listTree(Path root, Path exclude) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).filter(Files::isReadable)
                    .filter(p -> exclude == null || !p.startsWith(exclude)).toList();
        } catch (java.io.UncheckedIOException raceWithOtherProcesses) {
            return List.of();
        }
    }

    private static byte[] readQuietly(Path file) {
        try {
            return Files.size(file) > 100_000_000 ? new byte[0] : Files.readAllBytes(file);
        } catch (java.io.IOException removedByItsOwner) {
            return new byte[0];
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
