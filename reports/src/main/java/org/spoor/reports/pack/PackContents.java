package org.spoor.reports.pack;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One streaming pass over a pack's zip: the SHA-256 of every file, and the bytes of the small tag
 * files the verifier and the reader need (manifests, signature, bag-info, names, exhibit index).
 */
final class PackContents {

    /** The verifier's files, and what a reviewer needs to list the exhibits ({@link PackReader}). */
    private static final Set<String> KEPT = Set.of(BagLayout.MANIFEST, BagLayout.TAG_MANIFEST, BagLayout.SIGNATURE,
            BagLayout.BAG_INFO, BagLayout.ORIGINAL_NAMES, BagLayout.EXHIBITS);
    private static final int MAX_TAG_FILE = 64 * 1024 * 1024;

    final Map<String, String> hashes = new LinkedHashMap<>();
    final Map<String, byte[]> kept = new LinkedHashMap<>();
    final Map<String, Integer> duplicates = new LinkedHashMap<>();
    long bytes;

    static PackContents read(InputStream in) throws IOException, GeneralSecurityException {
        PackContents contents = new PackContents();
        byte[] buffer = new byte[1 << 16];
        try (ZipInputStream zip = new ZipInputStream(in, java.nio.charset.StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                boolean keep = KEPT.contains(entry.getName());
                java.io.ByteArrayOutputStream copy = keep ? new java.io.ByteArrayOutputStream() : null;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    digest.update(buffer, 0, n);
                    contents.bytes += n;
                    if (copy != null && copy.size() < MAX_TAG_FILE) {
                        copy.write(buffer, 0, n);
                    }
                }
                String hash = HexFormat.of().formatHex(digest.digest());
                if (contents.hashes.putIfAbsent(entry.getName(), hash) != null) {
                    contents.duplicates.merge(entry.getName(), 1, Integer::sum);
                }
                if (copy != null) {
                    contents.kept.put(entry.getName(), copy.toByteArray());
                }
            }
        }
        return contents;
    }
}
