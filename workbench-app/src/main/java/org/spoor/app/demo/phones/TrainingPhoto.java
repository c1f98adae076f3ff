package org.spoor.app.demo.phones;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * A small picture a trafficker sends in a chat: a plain JPEG with a caption drawn on it, so the
 * training phones carry real media files for their attachments without shipping photographs.
 */
final class TrainingPhoto {

    private TrainingPhoto() {
    }

    static byte[] jpeg(String caption, Color background) throws IOException {
        BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(background);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(new Color(0x6b4f2a));
            for (int bag = 0; bag < 12; bag++) {
                g.fillRoundRect(30 + (bag % 6) * 72, 60 + (bag / 6) * 90, 60, 76, 18, 18);
            }
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 20));
            g.drawString(caption, 30, 290);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
