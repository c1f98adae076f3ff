package org.spoor.mapping.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.spoor.mapping.MapModel;
import org.spoor.mapping.basemap.Basemap;

/**
 * Renders a {@link MapModel} headless (Java2D into a BufferedImage, no screen needed) with the
 * basemap, heat, routes, points, legend, scale bar, north arrow and attribution. One renderer per
 * basemap; it keeps the projected basemap per zoom level, so reuse it across frames.
 */
public final class MapRenderer {

    private final BasemapPainter basemap;

    public MapRenderer(Basemap basemap) {
        this.basemap = new BasemapPainter(basemap);
    }

    /** The viewport that shows everything visible in the model. */
    public Viewport fit(MapModel model, RenderOptions options) {
        return Viewport.fit(model.bounds(), options.width(), options.height(), 0.08);
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
            basemap.paint(g, v);
            new UserLayerPainter().paint(g, v, model.userLayers());
            if (options.heat()) {
                new HeatPainter().paint(g, v, points);
            }
            new RoutePainter().paint(g, v, model.visibleRoutes());
            List<Color> colours = points.kinds().stream().map(KindStyle::colour).toList();
            new PointPainter(options.pointRadius()).paint(image, v, points, colours);
            MapFurniture furniture = new MapFurniture();
            furniture.title(g, model.title());
            furniture.northArrow(g, v);
            furniture.scaleBar(g, v);
            new Legend().paint(g, v, points, model.visibleRoutes().size(), options.heat());
            furniture.attribution(g, v, Basemap.ATTRIBUTION);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Where a position falls in a picture drawn with this viewport. */
    public static Point2D pixelOf(Viewport v, double lat, double lon) {
        return new Point2D.Double(v.pixelX(WebMercator.x(lon)), v.pixelY(WebMercator.y(lat)));
    }
}
