package org.spoor.mapping.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * Draws the basemap. Each layer is projected and thinned once per zoom level and kept; a frame
 * only transforms the cached paths. Disputed islands get a neutral hatched grey and their names
 * in both Vietnamese and English, never a country's colour.
 */
final class BasemapPainter {

    static final Set<String> FOCUS_COUNTRIES = Set.of("Vietnam", "Laos", "Cambodia", "Indonesia", "Mongolia",
            "Peru", "Ecuador", "Colombia");
    static final Color SEA = new Color(0xDCEBF5);
    static final Color LAND = new Color(0xF4F1E8);
    static final Color FOCUS_LAND = new Color(0xFBFAF5);
    private static final Color BORDER = new Color(0x8C8273);
    private static final Color PROVINCE = new Color(0xC8BFAF);
    private static final Color WATER = new Color(0x9CC3E0);

    private final Basemap basemap;
    private final Map<String, ProjectedLayer> cache = new ConcurrentHashMap<>();

    Basemap basemap() {
        return basemap;
    }

    BasemapPainter(Basemap basemap) {
        this.basemap = basemap;
    }

    void paint(Graphics2D g, Viewport v) {
        g.setColor(SEA);
        g.fillRect(0, 0, v.width(), v.height());
        AffineTransform toPixels = toPixels(v);
        Rectangle2D view = visibleMercator(v);
        int zoom = v.zoom();
        for (ProjectedLayer.Shape s : layer(basemap.countries(), zoom).shapes()) {
            if (s.bounds().intersects(view)) {
                g.setColor(FOCUS_COUNTRIES.contains(s.feature().text("name")) ? FOCUS_LAND : LAND);
                g.fill(toPixels.createTransformedShape(s.path()));
            }
        }
        fill(g, layer(basemap.lakes(), zoom), toPixels, view, WATER, null);
        stroke(g, layer(basemap.rivers(), zoom), toPixels, view, WATER, new BasicStroke(1f));
        if (zoom >= 4) {
            stroke(g, layer(basemap.provinces(), zoom), toPixels, view, PROVINCE, new BasicStroke(0.6f));
        }
        stroke(g, layer(basemap.countries(), zoom), toPixels, view, BORDER, new BasicStroke(1.1f));
        ProjectedLayer disputed = layer(basemap.disputed(), zoom);
        fill(g, disputed, toPixels, view, null, hatch());
        stroke(g, disputed, toPixels, view, new Color(0x666666),
                new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {4f, 3f}, 0f));
    }

    private static Paint hatch() {
        BufferedImage tile = new BufferedImage(6, 6, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 6; i++) {
            tile.setRGB(i, 5 - i, 0xFF777777);
        }
        return new TexturePaint(tile, new Rectangle(0, 0, 6, 6));
    }

    private static void fill(Graphics2D g, ProjectedLayer l, AffineTransform t, Rectangle2D view, Color c,
                             Paint paint) {
        g.setPaint(paint != null ? paint : c);
        for (ProjectedLayer.Shape s : l.shapes()) {
            if (s.bounds().intersects(view)) {
                g.fill(t.createTransformedShape(s.path()));
            }
        }
    }

    private static void stroke(Graphics2D g, ProjectedLayer l, AffineTransform t, Rectangle2D view, Color c,
                               BasicStroke stroke) {
        g.setColor(c);
        g.setStroke(stroke);
        for (ProjectedLayer.Shape s : l.shapes()) {
            if (s.bounds().intersects(view)) {
                g.draw(t.createTransformedShape(s.path()));
            }
        }
    }

    ProjectedLayer layer(FeatureLayer layer, int zoom) {
        double tolerance = 2 * Math.PI * WebMercator.RADIUS / 256 / Math.pow(2, zoom) * 0.75;
        return cache.computeIfAbsent(layer.name() + "@" + zoom, k -> new ProjectedLayer(layer, tolerance));
    }

    static AffineTransform toPixels(Viewport v) {
        AffineTransform t = new AffineTransform();
        t.translate(v.width() / 2.0, v.height() / 2.0);
        t.scale(1 / v.metresPerPixel(), -1 / v.metresPerPixel());
        t.translate(-v.centreX(), -v.centreY());
        return t;
    }

    static Rectangle2D visibleMercator(Viewport v) {
        double w = v.width() * v.metresPerPixel();
        double h = v.height() * v.metresPerPixel();
        return new Rectangle2D.Double(v.centreX() - w / 2, v.centreY() - h / 2, w, h);
    }
}
