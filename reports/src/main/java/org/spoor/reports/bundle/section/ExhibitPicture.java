package org.spoor.reports.bundle.section;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.layout.element.Image;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A picture for a page. Camera photos are scaled to at most about {@link #MAX_SIDE} pixels (decoded at 1/n resolution): the bundle
 * shows the picture, the original stays bit-exact in the case and the pack. This bounds memory:
 * the bundle keeps its pages (and their images) in memory until "Page X of Y" is stamped, and
 * iText's PDF/A mode refuses to write an image out before that.
 */
final class ExhibitPicture {

    static final int MAX_SIDE = 1800;

    private ExhibitPicture() {
    }

    static Image of(byte[] bytes) {
        return placed(reduced(bytes));
    }

    /** For bytes already passed through {@link #reduced}. */
    static Image placed(byte[] reducedBytes) {
        return new Image(ImageDataFactory.create(reducedBytes));
    }

    static byte[] reduced(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return bytes;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int longest = Math.max(reader.getWidth(0), reader.getHeight(0));
                if (longest <= MAX_SIDE) {
                    return bytes;
                }
                // Decoding only every n-th pixel is far cheaper than decoding 12 megapixels and scaling.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (longest + MAX_SIDE - 1) / MAX_SIDE;
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage picture = reader.read(0, param);
                return encode(picture);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // Not decodable by the JDK (e.g. HEIC): iText decides whether it can embed the original.
            return bytes;
        }
    }

    private static byte[] encode(BufferedImage picture) throws IOException {
        boolean alpha = picture.getColorModel().hasAlpha();
        BufferedImage target = picture;
        int type = picture.getType();
        if (!alpha && type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_3BYTE_BGR) {
            target = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
            target.createGraphics().drawImage(picture, 0, 0, null);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(target, alpha ? "png" : "jpg", out);
        return out.toByteArray();
    }
}
