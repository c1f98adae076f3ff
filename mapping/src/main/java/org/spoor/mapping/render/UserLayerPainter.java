package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.util.List;

import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/** User layers (protected areas, patrol tracks) in green under the evidence. */
final class UserLayerPainter {

    private static final Color AREA = new Color(0, 140, 60, 50);
    private static final Color LINE = new Color(0x00703C);

    void paint(Graphics2D g, Viewport v, List<FeatureLayer> layers) {
        AffineTransform t = BasemapPainter.toPixels(v);
        g.setStroke(new BasicStroke(1.5f));
        for (FeatureLayer layer : layers) {
            ProjectedLayer projected = new ProjectedLayer(layer, v.metresPerPixel() / 2);
            for (ProjectedLayer.Shape s : projected.shapes()) {
                MapFeature f = s.feature();
                if (f.geometry() instanceof Point) {
                    double x = v.pixelX(WebMercator.x(f.geometry().getCoordinate().x));
                    double y = v.pixelY(WebMercator.y(f.geometry().getCoordinate().y));
                    g.setColor(LINE);
                    g.draw(new Ellipse2D.Double(x - 3, y - 3, 6, 6));
                    continue;
                }
                java.awt.Shape shape = t.createTransformedShape(s.path());
                if (f.geometry() instanceof Polygonal) {
                    g.setColor(AREA);
                    g.fill(shape);
                }
                g.setColor(LINE);
                g.draw(shape);
            }
        }
    }
}
