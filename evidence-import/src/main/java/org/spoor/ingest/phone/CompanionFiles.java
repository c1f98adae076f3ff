package org.spoor.ingest.phone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds files that belong with the one being parsed: a database's {@code -wal} journal, WhatsApp's
 * {@code wa.db} beside {@code msgstore.db}. The import pipeline answers from the exhibit tree (the
 * parsed file may sit in scratch under another name); for plain folders the siblings on disk do.
 */
public interface CompanionFiles {

    /** Another file of the same folder of the dump, by name ("wa.db"). */
    Optional<Path> sibling(String fileName);

    /** The parsed file's own name plus a suffix ("-wal" for SQLite's write-ahead log). */
    Optional<Path> withSuffix(String suffix);

    static CompanionFiles none() {
        return new CompanionFiles() {
            @Override
            public Optional<Path> sibling(String fileName) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> withSuffix(String suffix) {
                return Optional.empty();
            }
        };
    }

    /** Companions are the files next to {@code file} in its folder on disk. */
    static CompanionFiles siblingsOf(Path file) {
        Path absolute = file.toAbsolutePath();
        return new CompanionFiles() {
            @Override
            public Optional<Path> sibling(String fileName) {
                return existing(absolute.resolveSibling(fileName));
            }

            @Override
            public Optional<Path> withSuffix(String suffix) {
                return existing(absolute.resolveSibling(absolute.getFileName() + suffix));
            }
        };
    }

    private static Optional<Path> existing(Path candidate) {
        return Files.isRegularFile(candidate) ? Optional.of(candidate) : Optional.empty();
    }
}
