package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.spoor.mapping.geojson.MapFeature;

/**
 * Names drawn over the finished picture (not into tiles, where a name crossing a tile edge would
 * be cut): the eight countries Spoor serves, and the disputed island groups with a dashed ring
 * and a bilingual neutral name.
 */
final class LabelPainter {

    private final BasemapPainter basemap;
    private final Map<String, Coordinate> anchors = new ConcurrentHashMap<>();

    LabelPainter(BasemapPainter basemap) {
        this.basemap = basemap;
    }

    void paint(Graphics2D g, Viewport v, String disputedWord) {
        countries(g, v);
        disputed(g, v, disputedWord);
    }

    private void countries(Graphics2D g, Viewport v) {
        AffineTransform toPixels = BasemapPainter.toPixels(v);
        Rectangle2D view = BasemapPainter.visibleMercator(v);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        FontMetrics fm = g.getFontMetrics();
        for (ProjectedLayer.Shape s : basemap.layer(basemap.basemap().countries(), v.zoom()).shapes()) {
            String name = s.feature().text("name");
            if (!BasemapPainter.FOCUS_COUNTRIES.contains(name) || !s.bounds().intersects(view)) {
                continue;
            }
            Rectangle2D px = toPixels.createTransformedShape(s.bounds()).getBounds2D();
            if (px.getWidth() < fm.stringWidth(name) * 1.5 || px.getWidth() > v.width() * 3) {
                continue; // too small to name at this scale, or zoomed far inside it
            }
            Coordinate c = anchors.computeIfAbsent(name, k -> anchor(s.feature()));
            Point2D at = toPixels.transform(new Point2D.Double(WebMercator.x(c.x), WebMercator.y(c.y)), null);
            halo(g, name.toUpperCase(java.util.Locale.ROOT), (float) at.getX() - fm.stringWidth(name) / 2f,
                    (float) at.getY(), new Color(0x5A4E3C));
        }
    }

    /** Inside the largest part (Indonesia's name belongs on Borneo or Sumatra, not in the sea between). */
    private static Coordinate anchor(MapFeature f) {
        Geometry largest = f.geometry().getGeometryN(0);
        for (int i = 1; i < f.geometry().getNumGeometries(); i++) {
            if (f.geometry().getGeometryN(i).getArea() > largest.getArea()) {
                largest = f.geometry().getGeometryN(i);
            }
        }
        return InteriorPointArea.getInteriorPoint(largest);
    }

    private void disputed(Graphics2D g, Viewport v, String disputedWord) {
        AffineTransform toPixels = BasemapPainter.toPixels(v);
        Rectangle2D view = BasemapPainter.visibleMercator(v);
        g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 11));
        for (ProjectedLayer.Shape s : basemap.layer(basemap.basemap().disputed(), v.zoom()).shapes()) {
            if (!s.bounds().intersects(view)) {
                continue;
            }
            Rectangle2D px = toPixels.createTransformedShape(s.bounds()).getBounds2D();
            // Islands a few pixels wide vanish at country scale: ring the group, in no country's colour.
            g.setColor(new Color(0x555555));
            g.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {3f, 3f},
                    0f));
            g.draw(new Ellipse2D.Double(px.getX() - 6, px.getY() - 6, px.getWidth() + 12, px.getHeight() + 12));
            String label = s.feature().text("name_vi") + " / " + s.feature().text("name") + " (" + disputedWord + ")";
            halo(g, label, (float) px.getMaxX() + 9, (float) px.getCenterY() + 4, new Color(0x444444));
        }
    }

    /** Text with a white outline, readable over land, sea and borders alike. */
    private static void halo(Graphics2D g, String text, float x, float y, Color colour) {
        TextLayout layout = new TextLayout(text, g.getFont(), g.getFontRenderContext());
        java.awt.Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(x, y));
        g.setColor(new Color(255, 255, 255, 210));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }
}
