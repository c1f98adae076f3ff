package org.spoor.ingest.extract.worker;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * New files for embedded items inside the scratch folder. Names are generated ({@code e000001.pdf}); of the
 * entry name only a plain extension survives, so {@code ../../evil.txt} or {@code /tmp/x} cannot steer where
 * anything is written.
 */
final class ScratchFiles {

    private static final Pattern PLAIN_EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");

    private final Path folder;
    private int counter;

    ScratchFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path newFile(String entryName) throws IOException {
        String extension = extensionOf(entryName);
        while (true) {
            counter++;
            Path candidate = folder.resolve(String.format(Locale.ROOT, "e%06d%s", counter, extension));
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // an earlier item of this import used the number: take the next
            }
        }
    }

    static String extensionOf(String entryName) {
        if (entryName == null) {
            return "";
        }
        String last = entryName.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        if (dot <= 0 || dot == last.length() - 1) {
            return "";
        }
        String extension = last.substring(dot + 1);
        return PLAIN_EXTENSION.matcher(extension).matches() ? "." + extension.toLowerCase(Locale.ROOT) : "";
    }
}
