package org.spoor.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.spoor.casefile.CaseFolder;

/** Running the demo again rebuilds the training case; it never deletes a folder that is not one. */
final class TrainingFolder {

    private TrainingFolder() {
    }

    static void replaceEarlierBuild(Path caseDir) throws IOException {
        if (!Files.exists(caseDir)) {
            return;
        }
        if (!new CaseFolder(caseDir).looksLikeCase()) {
            throw new IOException(caseDir + " exists and is not a Spoor case; choose another --out folder");
        }
        try (Stream<Path> files = Files.walk(caseDir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
