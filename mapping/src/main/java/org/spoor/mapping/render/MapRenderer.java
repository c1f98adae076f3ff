package org.spoor.mapping.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.spoor.mapping.MapModel;
import org.spoor.mapping.MapTexts;
import org.spoor.mapping.basemap.Basemap;

/**
 * Renders a {@link MapModel} headless (Java2D into a BufferedImage, no screen needed) with the
 * basemap, heat, routes, points, legend, scale bar, north arrow and attribution. One renderer per
 * basemap; it keeps the projected basemap per zoom level, so reuse it across frames.
 */
public final class MapRenderer {

    private final BasemapPainter basemap;
    private final BasemapTiles tiles;
    private final LabelPainter labels;

    public MapRenderer(Basemap basemap) {
        this.basemap = new BasemapPainter(basemap);
        this.tiles = new BasemapTiles(this.basemap, 160);
        this.labels = new LabelPainter(this.basemap);
    }

    /**
     * The viewport that shows everything visible in the model, at the largest zoom level's exact
     * scale that fits (so the cached basemap tiles are used unscaled).
     */
    public Viewport fit(MapModel model, RenderOptions options) {
        Viewport exact = Viewport.fit(model.bounds(), options.width(), options.height(), 0.08);
        int zoom = exact.zoom();
        while (zoom > 0 && BasemapTiles.metresPerPixel(zoom) < exact.metresPerPixel()) {
            zoom--;
        }
        return new Viewport(exact.centreX(), exact.centreY(), BasemapTiles.metresPerPixel(zoom), exact.width(),
                exact.height());
    }

    public BufferedImage render(MapModel model, RenderOptions options) {
        return render(model, new ProjectedPoints(model.visiblePoints()), fit(model, options), options);
    }

    /**
     * Renders with points projected beforehand: the GUI projects once per model change and calls
     * this for every frame of a pan or zoom.
     */
    public BufferedImage render(MapModel model, ProjectedPoints points, Viewport v, RenderOptions options) {
        BufferedImage image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            if (BasemapTiles.aligned(v)) {
                tiles.paint(g, v);
            } else {
                basemap.paint(g, v);
            }
            MapTexts texts = new MapTexts(options.locale());
            labels.paint(g, v, texts.text("map.label.disputed"));
            new UserLayerPainter().paint(g, v, model.userLayers());
            new AreaPainter().paint(g, v, model.areas());
            if (options.heat()) {
                new HeatPainter().paint(g, v, points);
            }
            new HotspotPainter().paint(g, v, model.hotspots());
            new RoutePainter().paint(g, v, model.visibleRoutes());
            drawPoints(image, v, points, options.pointRadius());
            MapFurniture furniture = new MapFurniture();
            furniture.title(g, model.title());
            furniture.northArrow(g, v);
            furniture.scaleBar(g, v);
            new Legend().paint(g, v, points, model.visibleRoutes().size(), options.heat(), texts);
            furniture.attribution(g, v, texts.text("map.attribution"));
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Stamps the points into an existing picture (TYPE_INT_RGB or TYPE_INT_ARGB), e.g. over a
     * basemap picture the GUI keeps while only the time filter changes.
     */
    public void drawPoints(BufferedImage image, Viewport v, ProjectedPoints points, int radius) {
        List<Color> colours = points.kinds().stream().map(KindStyle::colour).toList();
        new PointPainter(radius).paint(image, v, points, colours);
    }

    /** Where a position falls in a picture drawn with this viewport. */
    public static Point2D pixelOf(Viewport v, double lat, double lon) {
        return new Point2D.Double(v.pixelX(WebMercator.x(lon)), v.pixelY(WebMercator.y(lat)));
    }
}
