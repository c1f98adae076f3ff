package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.spoor.mapping.area.MapArea;

/** The investigator's areas of interest: a dashed outline, a faint fill and the area's name. */
final class AreaPainter {

    static final Color OUTLINE = new Color(0x1F4E9A);
    private static final Color FILL = new Color(31, 78, 154, 40);

    void paint(Graphics2D g, Viewport v, List<MapArea> areas) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        for (MapArea area : areas) {
            Shape shape = outline(v, area);
            g.setColor(FILL);
            g.fill(shape);
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {7f, 4f},
                    0f));
            g.draw(shape);
            Rectangle2D box = shape.getBounds2D();
            String name = area.name();
            float x = (float) (box.getCenterX() - g.getFontMetrics().stringWidth(name) / 2.0);
            float y = (float) box.getMinY() - 5;
            g.setColor(new Color(255, 255, 255, 220));
            g.fillRect((int) x - 3, (int) y - g.getFontMetrics().getAscent(), g.getFontMetrics().stringWidth(name) + 6,
                    g.getFontMetrics().getHeight());
            g.setColor(OUTLINE);
            g.drawString(name, x, y);
        }
    }

    static Shape outline(Viewport v, MapArea area) {
        Path2D.Double path = new Path2D.Double();
        Coordinate[] cs = area.outline().getExteriorRing().getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            double x = v.pixelX(WebMercator.x(cs[i].x));
            double y = v.pixelY(WebMercator.y(cs[i].y));
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }
}
