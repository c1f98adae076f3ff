package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;

/** Title, north arrow, scale bar and attribution: what makes a picture a map a court can read. */
final class MapFurniture {

    private static final double[] NICE = {1, 2, 5};

    void title(Graphics2D g, String title) {
        if (title.isBlank()) {
            return;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(10, 10, fm.stringWidth(title) + 20, fm.getHeight() + 10);
        g.setColor(Color.BLACK);
        g.drawString(title, 20, 15 + fm.getAscent());
    }

    void northArrow(Graphics2D g, Viewport v) {
        int cx = v.width() - 40;
        int top = 18;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillOval(cx - 22, top - 4, 44, 56);
        Polygon left = new Polygon(new int[] {cx, cx - 10, cx}, new int[] {top + 6, top + 44, top + 34}, 3);
        Polygon right = new Polygon(new int[] {cx, cx + 10, cx}, new int[] {top + 6, top + 44, top + 34}, 3);
        g.setColor(Color.BLACK);
        g.fill(left);
        g.setStroke(new BasicStroke(1f));
        g.draw(right);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.drawString("N", cx - 4, top + 5);
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten) about a fifth of the picture wide. */
    void scaleBar(Graphics2D g, Viewport v) {
        double metresPerPixel = v.groundMetresPerPixel();
        double target = v.width() / 5.0 * metresPerPixel;
        double pow = Math.pow(10, Math.floor(Math.log10(target)));
        double length = pow;
        for (double n : NICE) {
            if (n * pow <= target) {
                length = n * pow;
            }
        }
        int px = (int) Math.round(length / metresPerPixel);
        int x = 16;
        int y = v.height() - 40;
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x - 6, y - 18, px + 70, 30);
        g.setColor(Color.BLACK);
        g.fillRect(x, y, px / 2, 6);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, px, 6);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        String text = length >= 1000 ? (long) (length / 1000) + " km" : (long) length + " m";
        g.drawString(text, x + px + 6, y + 7);
        g.drawString("0", x - 3, y - 4);
    }

    void attribution(Graphics2D g, Viewport v, String text) {
        float size = 10f;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        while (g.getFontMetrics().stringWidth(text) > v.width() - 16 && size > 6f) {
            size -= 0.5f;
            g.setFont(g.getFont().deriveFont(size));
        }
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(255, 255, 255, 230));
        g.fillRect(0, v.height() - 18, v.width(), 18);
        g.setColor(new Color(0x333333));
        g.drawString(text, v.width() - fm.stringWidth(text) - 8, v.height() - 5);
    }
}
