package org.spoor.app.ui.map;

import org.locationtech.jts.geom.Envelope;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.render.Viewport;
import org.spoor.mapping.render.WebMercator;

/**
 * Where the map looks: pan by pixels, zoom by powers of two around a point of the picture, resize.
 * Zoom steps stay at the slippy-map scales, so the renderer copies cached basemap tiles instead of
 * redrawing coastlines on every frame. Immutable, so a frame being rendered never sees it change.
 */
public record MapCamera(Viewport viewport) {

    private static final double WORLD = 2 * Math.PI * 6378137.0;
    private static final int MIN_ZOOM = 1;
    private static final int MAX_ZOOM = 18;

    /** Metres per pixel at a zoom level (zoom 0: the whole world in 256 pixels). */
    public static double metresPerPixel(int zoom) {
        return WORLD / 256 / (1L << zoom);
    }

    /** The camera showing everything in {@code shown}, at the largest slippy-map scale that fits. */
    public static MapCamera fit(MapModel shown, int width, int height) {
        return atSlippyScale(Viewport.fit(shown.bounds(), Math.max(1, width), Math.max(1, height), 0.08));
    }

    /** The camera showing a lon/lat box (an area of interest, a hotspot), at the largest scale that fits. */
    public static MapCamera fit(Envelope lonLat, int width, int height) {
        Envelope box = new Envelope(lonLat);
        if (!box.isNull() && box.getWidth() > 0 && box.getWidth() < 0.021 && box.getHeight() < 0.021) {
            // Viewport.fit shows ~10 km around anything under 0.02 degrees (a lone point); a drawn yard is no point.
            box.expandBy((0.021 - box.getWidth()) / 2, 0);
        }
        return atSlippyScale(Viewport.fit(box, Math.max(1, width), Math.max(1, height), 0.08));
    }

    private static MapCamera atSlippyScale(Viewport exact) {
        int zoom = Math.min(MAX_ZOOM, exact.zoom());
        while (zoom > MIN_ZOOM && metresPerPixel(zoom) < exact.metresPerPixel()) {
            zoom--;
        }
        return new MapCamera(new Viewport(exact.centreX(), exact.centreY(), metresPerPixel(zoom), exact.width(),
                exact.height()));
    }

    public MapCamera pan(double dxPixels, double dyPixels) {
        Viewport v = viewport;
        return new MapCamera(new Viewport(v.centreX() - dxPixels * v.metresPerPixel(),
                v.centreY() + dyPixels * v.metresPerPixel(), v.metresPerPixel(), v.width(), v.height()));
    }

    /**
     * Zooms {@code steps} levels in (negative: out), keeping the place under pixel ({@code x}, {@code y})
     * where it is, as maps do under the mouse wheel.
     */
    public MapCamera zoom(int steps, double x, double y) {
        Viewport v = viewport;
        int zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, v.zoom() + steps));
        double mpp = metresPerPixel(zoom);
        double anchorX = v.centreX() + (x - v.width() / 2.0) * v.metresPerPixel();
        double anchorY = v.centreY() - (y - v.height() / 2.0) * v.metresPerPixel();
        double centreX = anchorX - (x - v.width() / 2.0) * mpp;
        double centreY = anchorY + (y - v.height() / 2.0) * mpp;
        return new MapCamera(new Viewport(centreX, centreY, mpp, v.width(), v.height()));
    }

    /** The position (longitude, latitude) under a pixel of the view: where a click while drawing puts a corner. */
    public double[] lonLatAt(double x, double y) {
        Viewport v = viewport;
        double mercX = v.centreX() + (x - v.width() / 2.0) * v.metresPerPixel();
        double mercY = v.centreY() - (y - v.height() / 2.0) * v.metresPerPixel();
        return new double[] {WebMercator.lon(mercX), WebMercator.lat(mercY)};
    }

    public MapCamera resize(int width, int height) {
        Viewport v = viewport;
        return new MapCamera(new Viewport(v.centreX(), v.centreY(), v.metresPerPixel(), Math.max(1, width),
                Math.max(1, height)));
    }

    /** How far (pixels) a picture drawn for {@code drawn} must shift to show this camera's view; null if scaled. */
    public double[] offsetFrom(Viewport drawn) {
        if (drawn == null || Math.abs(drawn.metresPerPixel() / viewport.metresPerPixel() - 1) > 1e-9) {
            return null;
        }
        return new double[] {(drawn.centreX() - viewport.centreX()) / viewport.metresPerPixel()
                + (viewport.width() - drawn.width()) / 2.0,
            (viewport.centreY() - drawn.centreY()) / viewport.metresPerPixel()
                + (viewport.height() - drawn.height()) / 2.0};
    }
}
