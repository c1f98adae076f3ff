package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import org.spoor.mapping.MapTexts;

/** The legend box in the lower right corner: one line per evidence kind with its count, routes, disputed areas. */
final class Legend {

    static final int MARGIN = 12;

    /** Draws the legend and returns the box it occupies. */
    Rectangle paint(Graphics2D g, Viewport v, ProjectedPoints points, int routes, boolean heat, MapTexts texts) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < points.kinds().size(); k++) {
            lines.add(texts.kind(points.kinds().get(k)) + " (" + points.count(k) + ")");
        }
        if (routes > 0) {
            lines.add(texts.text("map.legend.route") + " (" + routes + ")");
        }
        if (heat) {
            lines.add(texts.text("map.legend.density"));
        }
        lines.add(texts.text("map.legend.disputed"));
        int width = 40 + lines.stream().mapToInt(fm::stringWidth).max().orElse(60);
        String title = texts.text("map.legend.title");
        width = Math.max(width, fm.stringWidth(title) + 24);
        int lineH = fm.getHeight() + 2;
        int height = 28 + lines.size() * lineH;
        int x = v.width() - width - MARGIN;
        int y = v.height() - height - MARGIN - 22;
        g.setColor(new Color(255, 255, 255, 235));
        g.fillRect(x, y, width, height);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, width, height);
        g.setFont(g.getFont().deriveFont(Font.BOLD));
        g.drawString(title, x + 10, y + 18);
        g.setFont(g.getFont().deriveFont(Font.PLAIN));
        int row = y + 22;
        for (int k = 0; k < points.kinds().size(); k++) {
            Color c = KindStyle.colour(points.kinds().get(k));
            g.setColor(c);
            g.fillOval(x + 10, row + 3, 11, 11);
            g.setColor(c.darker().darker());
            g.drawOval(x + 10, row + 3, 11, 11);
            g.setColor(Color.BLACK);
            g.drawString(lines.get(k), x + 28, row + fm.getAscent());
            row += lineH;
        }
        int next = points.kinds().size();
        if (routes > 0) {
            g.setColor(RoutePainter.COLOUR);
            g.setStroke(new BasicStroke(2.5f));
            g.drawLine(x + 8, row + 9, x + 22, row + 9);
            g.setColor(Color.BLACK);
            g.drawString(lines.get(next++), x + 28, row + fm.getAscent());
            row += lineH;
        }
        if (heat) {
            g.setColor(new Color(200, 30, 30, 150));
            g.fillRect(x + 10, row + 3, 11, 11);
            g.setColor(Color.BLACK);
            g.drawString(lines.get(next++), x + 28, row + fm.getAscent());
            row += lineH;
        }
        g.setColor(new Color(0x777777));
        for (int i = 0; i < 11; i += 3) {
            g.drawLine(x + 10 + i, row + 14, x + 10 + Math.min(11, i + 11), row + 3);
        }
        g.drawRect(x + 10, row + 3, 11, 11);
        g.setColor(Color.BLACK);
        g.drawString(lines.get(next), x + 28, row + fm.getAscent());
        return new Rectangle(x, y, width, height);
    }
}
