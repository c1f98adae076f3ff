package org.spoor.mapping.render;

/**
 * Spherical ("web") Mercator, EPSG:3857, in metres. Used only for drawing: positions are kept and
 * exported in WGS 84. Latitudes are clamped to +/-85.05 degrees, where the projection ends.
 */
public final class WebMercator {

    static final double RADIUS = 6378137.0;
    static final double MAX_LAT = 85.05112878;

    private WebMercator() {
    }

    public static double x(double lon) {
        return Math.toRadians(lon) * RADIUS;
    }

    public static double y(double lat) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        return RADIUS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2));
    }

    public static double lon(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    public static double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
    }
}
