package org.spoor.reports.bundle.section;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.layout.element.Image;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A picture for a page. Camera photos are scaled to at most {@link #MAX_SIDE} pixels: the bundle
 * shows the picture, the original stays bit-exact in the case and the pack. This bounds memory:
 * the bundle keeps its pages (and their images) in memory until "Page X of Y" is stamped, and
 * iText's PDF/A mode refuses to write an image out before that.
 */
final class ExhibitPicture {

    static final int MAX_SIDE = 1800;

    private ExhibitPicture() {
    }

    static Image of(byte[] bytes) {
        return new Image(ImageDataFactory.create(reduced(bytes)));
    }

    private static byte[] reduced(byte[] bytes) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(bytes));
            if (source == null || Math.max(source.getWidth(), source.getHeight()) <= MAX_SIDE) {
                return bytes;
            }
            double scale = (double) MAX_SIDE / Math.max(source.getWidth(), source.getHeight());
            int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
            int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
            boolean alpha = source.getColorModel().hasAlpha();
            BufferedImage target = new BufferedImage(width, height,
                    alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = target.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(source, 0, 0, width, height, null);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(target, alpha ? "png" : "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
