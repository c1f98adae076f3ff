package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.spoor.mapping.hotspot.HotspotCluster;

/** Each hotspot as a ring of its radius with its rank, so the picture matches the ranked list. */
final class HotspotPainter {

    private static final Color RING = new Color(0xB2182B);

    void paint(Graphics2D g, Viewport v, List<HotspotCluster> hotspots) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        for (HotspotCluster h : hotspots) {
            double x = v.pixelX(WebMercator.x(h.lon()));
            double y = v.pixelY(WebMercator.y(h.lat()));
            // Mercator stretches distances by 1/cos(latitude): a ring of r km is r / cos(lat) km on the projection.
            double r = Math.max(6, h.radiusKm() * 1000 / Math.cos(Math.toRadians(h.lat())) / v.metresPerPixel());
            g.setColor(RING);
            g.setStroke(new BasicStroke(2f));
            g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            String rank = String.valueOf(h.rank());
            g.drawString(rank, (float) (x + r * 0.72 + 2), (float) (y - r * 0.72 - 2));
        }
    }
}
