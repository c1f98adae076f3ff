package org.spoor.casefile;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * A folder for temporary plaintext (parsers need real files), inside the case folder so it never
 * lands in a shared temp dir. Wiped when the work is done, and on the next open after a crash.
 */
public final class ScratchSpace implements AutoCloseable {

    private final Path dir;

    private ScratchSpace(Path dir) {
        this.dir = dir;
    }

    static ScratchSpace createIn(Path scratchRoot) throws IOException {
        Path dir = scratchRoot.resolve(UUID.randomUUID().toString());
        Files.createDirectories(dir);
        return new ScratchSpace(dir);
    }

    public Path dir() {
        return dir;
    }

    /** Removes everything inside, keeping the folder for the next item. */
    public void clear() throws IOException {
        deleteTree(dir, false);
    }

    @Override
    public void close() throws IOException {
        deleteTree(dir, true);
    }

    /** Overwrite before delete is pointless on SSDs and journaling file systems; deleting is what we can do. */
    static void deleteTree(Path root, boolean includingRoot) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path folder, IOException e) throws IOException {
                if (includingRoot || !folder.equals(root)) {
                    Files.delete(folder);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
