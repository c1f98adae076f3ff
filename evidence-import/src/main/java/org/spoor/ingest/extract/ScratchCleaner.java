package org.spoor.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deletes a folder tree, best effort (what cannot be deleted now is left for the next cleanup). */
public final class ScratchCleaner {

    private ScratchCleaner() {
    }

    public static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ScratchCleaner::deleteQuietly);
        } catch (IOException ignored) {
            // best effort
        }
    }

    /** Deletes what is inside {@code root} but keeps the folder itself. */
    public static void deleteContents(Path root) {
        if (root == null || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(path -> !path.equals(root)).sorted(Comparator.reverseOrder())
                    .forEach(ScratchCleaner::deleteQuietly);
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
