package org.spoor.casefile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of a case folder ({@code NAME.spoor/}). Only {@link #header()} is in the clear; the lock
 * file names who holds the case, which says nothing about the case itself.
 */
public record CaseFolder(Path root) {

    public static final String HEADER_FILE = "spoor-case.json";

    public CaseFolder {
        root = root.toAbsolutePath().normalize();
    }

    public Path header() {
        return root.resolve(HEADER_FILE);
    }

    public Path lock() {
        return root.resolve("case.lock");
    }

    /** H2's files: {@code db/case.mv.db}. */
    public Path databaseDir() {
        return root.resolve("db");
    }

    public Path databaseBase() {
        return databaseDir().resolve("case");
    }

    public Path blobs() {
        return root.resolve("blobs");
    }

    public Path journal() {
        return root.resolve("journal").resolve("custody.journal");
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path backups() {
        return root.resolve("backups");
    }

    /** Temporary plaintext for parsers; wiped per item and on every open. */
    public Path scratch() {
        return root.resolve("scratch");
    }

    public boolean looksLikeCase() {
        return Files.isRegularFile(header());
    }
}
