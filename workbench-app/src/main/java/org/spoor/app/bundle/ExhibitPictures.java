package org.spoor.app.bundle;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.spoor.casefile.blob.BlobStore;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.reports.bundle.model.ImageContent;

/**
 * A photograph exhibit as the bundle shows it: the picture and its EXIF facts. A large original is
 * shown as a reduced copy (at most {@link #MAX_SIDE} pixels), so a bundle of hundreds of camera photos
 * stays within a laptop's memory; the hashes printed beside it are always the original's.
 */
final class ExhibitPictures {

    static final int MAX_SIDE = 1600;
    private static final long KEEP_AS_IS = 1_500_000;
    private static final long MAX_ORIGINAL = 200L << 20;

    private final BlobStore blobs;
    private final LocalTimes times;

    ExhibitPictures(BlobStore blobs, LocalTimes times) {
        this.blobs = blobs;
        this.times = times;
    }

    static boolean isPicture(Exhibit exhibit) {
        String type = exhibit.mediaType() == null ? "" : exhibit.mediaType().toLowerCase(Locale.ROOT);
        return type.equals("image/jpeg") || type.equals("image/png");
    }

    /** The picture, or null when it is too large or cannot be read (the exhibit is then listed by its index entry). */
    ImageContent of(Exhibit exhibit, ExhibitContent facts) throws IOException {
        if (exhibit.sizeBytes() > MAX_ORIGINAL) {
            return null;
        }
        byte[] original;
        try (InputStream in = blobs.open(exhibit.blobId())) {
            original = in.readAllBytes();
        }
        Map<String, String> exif = exif(facts);
        byte[] shown = original;
        if (original.length > KEEP_AS_IS) {
            shown = reduced(original);
            if (shown == null) {
                return null;
            }
            exif.put("Shown here", "reduced copy (at most " + MAX_SIDE + " px); the hashes are the original's");
        }
        return new ImageContent(shown, exif);
    }

    private Map<String, String> exif(ExhibitContent facts) {
        Map<String, String> exif = new LinkedHashMap<>();
        if (facts == null) {
            return exif;
        }
        if (facts.photoTakenAt() != null) {
            exif.put("Taken (camera clock)", org.spoor.reports.bundle.layout.Formats.localTime(
                    times.of(facts.photoTakenAt()))
                    + (facts.photoOffset() == null ? "" : ", camera offset " + facts.photoOffset()));
        }
        if (facts.photoLatitude() != null && facts.photoLongitude() != null) {
            exif.put("GPS position", String.format(Locale.ROOT, "%.6f, %.6f (WGS 84)", facts.photoLatitude(),
                    facts.photoLongitude()));
        }
        if (facts.photoDevice() != null && !facts.photoDevice().isBlank()) {
            exif.put("Camera", facts.photoDevice());
        }
        return exif;
    }

    /** Decodes subsampled (never the whole camera frame in memory) and re-encodes as JPEG. */
    private static byte[] reduced(byte[] original) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, longest / MAX_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return jpeg(decoded);
            } catch (IOException | RuntimeException e) {
                return null;
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] jpeg(BufferedImage decoded) throws IOException {
        BufferedImage rgb = new BufferedImage(decoded.getWidth(), decoded.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(decoded, 0, 0, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpg", out);
        return out.toByteArray();
    }
}
