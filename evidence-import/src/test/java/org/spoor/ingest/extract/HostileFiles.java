package org.spoor.ingest.extract;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile and odd files made on the spot, so each test says exactly what it feeds the extractor. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** A zip whose entries have the given names (written as-is, however dangerous) and UTF-8 contents. */
    static Path zip(Path target, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return target;
    }

    /** {@code levels} zips, each inside the next; the innermost holds {@code deepest.txt}. */
    static Path nestedZip(Path target, int levels) throws IOException {
        byte[] content = "the bottom of the nest".getBytes(StandardCharsets.UTF_8);
        String name = "deepest.txt";
        for (int level = levels; level >= 1; level--) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(buffer)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(content);
                zip.closeEntry();
            }
            content = buffer.toByteArray();
            name = "level" + level + ".zip";
        }
        Files.write(target, content);
        return target;
    }

    /** A zip with one entry of {@code megabytes} MB of zeros: compresses about 1000:1. */
    static Path zipBomb(Path target, int megabytes) throws IOException {
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            for (int i = 0; i < megabytes; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("after-the-bomb.txt"));
            zip.write("never reached".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return target;
    }

    /** A text file of one line of {@code chars} characters: words, no line break. */
    static Path singleLine(Path target, int chars) throws IOException {
        String word = "pangolin scales ";
        try (OutputStream out = Files.newOutputStream(target)) {
            byte[] bytes = word.getBytes(StandardCharsets.US_ASCII);
            for (int written = 0; written < chars; written += bytes.length) {
                out.write(bytes);
            }
        }
        return target;
    }
}
