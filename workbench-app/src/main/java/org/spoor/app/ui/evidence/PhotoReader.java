package org.spoor.app.ui.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import javafx.scene.image.Image;

import org.spoor.casefile.blob.BlobStore;
import org.spoor.exhibit.Exhibit;

/**
 * Decodes an image exhibit from the encrypted blob store for the detail pane, scaled down while decoding so a
 * 40-megapixel camera photo costs a screen's worth of memory. Call off the FX thread.
 */
public final class PhotoReader {

    /** Larger originals are not decoded for a preview (a panorama, a disk image misnamed .png). */
    public static final long MAX_BYTES = 64L << 20;
    private static final double WIDTH = 900;
    private static final double HEIGHT = 700;

    private final BlobStore blobs;

    public PhotoReader(BlobStore blobs) {
        this.blobs = blobs;
    }

    /** Formats JavaFX decodes itself; others (HEIC, TIFF, raw) show their facts only. */
    public static boolean shows(Exhibit exhibit) {
        String type = exhibit.mediaType() == null ? "" : exhibit.mediaType();
        return exhibit.sizeBytes() <= MAX_BYTES && (type.equals("image/jpeg") || type.equals("image/png")
                || type.equals("image/gif") || type.equals("image/bmp"));
    }

    public Optional<Image> read(Exhibit exhibit) throws IOException {
        if (!shows(exhibit)) {
            return Optional.empty();
        }
        try (InputStream in = blobs.open(exhibit.blobId())) {
            Image image = new Image(in, WIDTH, HEIGHT, true, true);
            return image.isError() ? Optional.empty() : Optional.of(image);
        }
    }
}
