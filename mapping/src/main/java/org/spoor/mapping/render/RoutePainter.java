package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.List;

import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.Route;

/** Routes as lines with an arrowhead on every leg, so the direction of travel reads on paper. */
final class RoutePainter {

    static final Color COLOUR = new Color(0x8B1A4A);

    void paint(Graphics2D g, Viewport v, List<Route> routes) {
        g.setColor(COLOUR);
        g.setStroke(new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Route r : routes) {
            Path2D.Double path = new Path2D.Double();
            List<EvidencePoint> s = r.stops();
            for (int i = 0; i < s.size(); i++) {
                double x = v.pixelX(WebMercator.x(s.get(i).lon()));
                double y = v.pixelY(WebMercator.y(s.get(i).lat()));
                if (i == 0) {
                    path.moveTo(x, y);
                } else {
                    path.lineTo(x, y);
                    double px = v.pixelX(WebMercator.x(s.get(i - 1).lon()));
                    double py = v.pixelY(WebMercator.y(s.get(i - 1).lat()));
                    arrow(g, (px + x) / 2, (py + y) / 2, Math.atan2(y - py, x - px));
                }
            }
            g.draw(path);
        }
    }

    private static void arrow(Graphics2D g, double x, double y, double angle) {
        Path2D.Double head = new Path2D.Double();
        head.moveTo(x + 7 * Math.cos(angle), y + 7 * Math.sin(angle));
        head.lineTo(x + 7 * Math.cos(angle + 2.5), y + 7 * Math.sin(angle + 2.5));
        head.lineTo(x + 7 * Math.cos(angle - 2.5), y + 7 * Math.sin(angle - 2.5));
        head.closePath();
        g.fill(head);
    }
}
