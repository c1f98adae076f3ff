package org.spoor.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The shared public corpus ({@code ../shared/corpus} beside the project root), which tests read
 * but never copy. The build passes its location as the system property {@code spoor.corpus}.
 */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        String configured = System.getProperty("spoor.corpus");
        Path root = configured != null ? Paths.get(configured) : Paths.get("..", "..", "shared", "corpus");
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("The shared corpus is missing at " + root.toAbsolutePath()
                    + ": tests expect ../shared/corpus beside the project root");
        }
        return root.normalize();
    }

    public static Path tika(String name) {
        return root().resolve("tika").resolve(name);
    }

    public static Path phone(String name) {
        return root().resolve("phone").resolve(name);
    }
}
