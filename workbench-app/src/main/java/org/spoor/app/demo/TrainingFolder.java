package org.spoor.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.spoor.app.demo.phones.TrainingPhones;
import org.spoor.casefile.CaseFolder;

/** Running the demo again rebuilds the training case; it never deletes a folder that is not one. */
final class TrainingFolder {

    private TrainingFolder() {
    }

    /**
     * Writes the bundled seized files into a folder beside the case, the way seized media would be
     * mounted, so the training case goes through the same import as real evidence.
     */
    static Path unpackSeizedFiles(Path folder, java.util.List<String> names) throws IOException {
        Files.createDirectories(folder);
        for (String name : names) {
            if (TrainingPhones.generates(name)) {
                TrainingPhones.write(name, folder.resolve(name));
                continue;
            }
            try (java.io.InputStream in = TrainingCase.resource(name)) {
                Files.copy(in, folder.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
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
