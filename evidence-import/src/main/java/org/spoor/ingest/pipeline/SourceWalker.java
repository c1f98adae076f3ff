package org.spoor.ingest.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Expands the paths of an import into files, in a stable order (so a resumed import meets them in
 * the same order). Symbolic links are not followed: a seized folder could point anywhere on the
 * laptop.
 */
final class SourceWalker {

    private final List<SeizedSource> sources = new ArrayList<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    static SourceWalker walk(List<Path> paths) {
        SourceWalker walker = new SourceWalker();
        for (Path path : paths) {
            walker.add(path);
        }
        walker.sources.sort(Comparator.comparing(SeizedSource::originalPath));
        return walker;
    }

    private void add(Path path) {
        if (Files.isSymbolicLink(path)) {
            problems.add(new ImportProblem(path.toString(), "a symbolic link; import the file it points to", false));
        } else if (Files.isRegularFile(path)) {
            addFile(path);
        } else if (Files.isDirectory(path)) {
            walkFolder(path);
        } else if (!Files.exists(path)) {
            problems.add(new ImportProblem(path.toString(), "no such file or folder", false));
        } else {
            problems.add(new ImportProblem(path.toString(), "not a regular file (device, pipe or socket)", false));
        }
    }

    private void addFile(Path file) {
        try {
            if (!Files.isReadable(file)) {
                problems.add(new ImportProblem(file.toString(), "not readable (permission denied)", false));
                return;
            }
            sources.add(new SeizedSource(file, file.toString(), Files.size(file)));
        } catch (IOException e) {
            problems.add(new ImportProblem(file.toString(), "cannot be read: " + e.getMessage(), false));
        }
    }

    private void walkFolder(Path folder) {
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) {
                        addFile(file);
                    } else if (attributes.isSymbolicLink()) {
                        problems.add(new ImportProblem(file.toString(), "a symbolic link, not followed", false));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(new ImportProblem(file.toString(), "cannot be read: " + e.getMessage(), false));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(new ImportProblem(folder.toString(), "cannot be listed: " + e.getMessage(), false));
        }
    }

    List<SeizedSource> sources() {
        return sources;
    }

    List<ImportProblem> problems() {
        return problems;
    }
}
