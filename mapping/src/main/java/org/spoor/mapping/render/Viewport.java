package org.spoor.mapping.render;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the world a picture shows: its centre in Web Mercator metres, metres per pixel and
 * the picture size. Pixel y grows downwards.
 */
public record Viewport(double centreX, double centreY, double metresPerPixel, int width, int height) {

    /** Smallest scale that shows the lon/lat envelope with a margin (fraction of the picture) around it. */
    public static Viewport fit(Envelope lonLat, int width, int height, double margin) {
        Envelope e = lonLat.isNull() ? new Envelope(95, 125, -11, 25) : new Envelope(lonLat);
        if (e.getWidth() < 0.02 && e.getHeight() < 0.02) {
            e.expandBy(0.05); // a single point: show about 10 km around it
        }
        double minX = WebMercator.x(e.getMinX());
        double maxX = WebMercator.x(e.getMaxX());
        double minY = WebMercator.y(e.getMinY());
        double maxY = WebMercator.y(e.getMaxY());
        double usable = 1 - 2 * margin;
        double mpp = Math.max((maxX - minX) / (width * usable), (maxY - minY) / (height * usable));
        return new Viewport((minX + maxX) / 2, (minY + maxY) / 2, mpp, width, height);
    }

    public double pixelX(double mercX) {
        return (mercX - centreX) / metresPerPixel + width / 2.0;
    }

    public double pixelY(double mercY) {
        return height / 2.0 - (mercY - centreY) / metresPerPixel;
    }

    /** Slippy-map zoom level closest to this scale (zoom 0 = whole world in 256 pixels). */
    public int zoom() {
        double worldMetres = 2 * Math.PI * WebMercator.RADIUS;
        int z = (int) Math.round(Math.log(worldMetres / 256 / metresPerPixel) / Math.log(2));
        return Math.max(0, Math.min(20, z));
    }

    /** The shown area in lon/lat. */
    public Envelope lonLatBounds() {
        double halfW = width / 2.0 * metresPerPixel;
        double halfH = height / 2.0 * metresPerPixel;
        return new Envelope(WebMercator.lon(centreX - halfW), WebMercator.lon(centreX + halfW),
                WebMercator.lat(centreY - halfH), WebMercator.lat(centreY + halfH));
    }

    /** Ground metres per pixel at the centre (Mercator stretches by 1/cos(latitude)). */
    public double groundMetresPerPixel() {
        return metresPerPixel * Math.cos(Math.toRadians(WebMercator.lat(centreY)));
    }
}
