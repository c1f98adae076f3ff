package org.spoor.ingest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of an item the worker could not finish, from magic bytes and name only (no parser runs, so
 * this is safe to do in the parent on hostile files).
 */
public final class MediaTypeSniffer {

    private static final String UNKNOWN = "application/octet-stream";

    private MediaTypeSniffer() {
    }

    public static String sniff(Path file, String name) {
        if (file == null || !Files.isRegularFile(file)) {
            return UNKNOWN;
        }
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, lastSegment(name));
        }
        try (InputStream in = TikaInputStream.get(file)) {
            return MimeTypes.getDefaultMimeTypes().detect(in, metadata).getBaseType().toString();
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    static String lastSegment(String name) {
        String normalised = name.replace('\\', '/');
        int slash = normalised.lastIndexOf('/');
        return slash >= 0 ? normalised.substring(slash + 1) : normalised;
    }
}
