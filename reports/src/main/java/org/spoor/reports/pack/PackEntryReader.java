package org.spoor.reports.pack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads one file of a pack into memory, decrypting on the way when the pack is encrypted. Nothing
 * is written to disk: a reviewer's machine keeps no plaintext copy of the pack.
 */
final class PackEntryReader {

    private PackEntryReader() {
    }

    /** The entry's bytes, or null when the pack has no such entry. */
    static byte[] read(Path pack, char[] password, String name) throws IOException {
        try (InputStream file = new BufferedInputStream(Files.newInputStream(pack), 1 << 16)) {
            file.mark(16);
            boolean encrypted = PackCipher.isEncrypted(file.readNBytes(PackCipher.MAGIC.length));
            file.reset();
            InputStream zipped = encrypted ? PackCipher.decrypting(file, password) : file;
            try (ZipInputStream zip = new ZipInputStream(zipped, java.nio.charset.StandardCharsets.UTF_8)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().equals(name)) {
                        return zip.readAllBytes();
                    }
                }
            }
            return null;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot decrypt the pack: " + e.getMessage(), e);
        }
    }
}
