package org.spoor.mapping.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The basemap cut into 256-pixel tiles per zoom level, drawn once and kept (least recently used
 * tiles are dropped past {@code capacity}). A frame at a zoom level's exact scale is then a few
 * dozen image copies: panning and time-slider changes do not redraw a single coastline.
 */
final class BasemapTiles {

    static final int SIZE = 256;
    private static final double WORLD = 2 * Math.PI * WebMercator.RADIUS;

    private final BasemapPainter painter;
    private final Map<Long, BufferedImage> tiles;

    BasemapTiles(BasemapPainter painter, int capacity) {
        this.painter = painter;
        this.tiles = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, BufferedImage> eldest) {
                return size() > capacity;
            }
        };
    }

    static double metresPerPixel(int zoom) {
        return WORLD / SIZE / (1L << zoom);
    }

    /** Whether the viewport is at a zoom level's exact scale, so tiles can be copied unscaled. */
    static boolean aligned(Viewport v) {
        return Math.abs(v.metresPerPixel() / metresPerPixel(v.zoom()) - 1) < 1e-9;
    }

    /** Copies the tiles under the viewport into the picture. The viewport must be {@link #aligned}. */
    void paint(Graphics2D g, Viewport v) {
        int zoom = v.zoom();
        double mpp = metresPerPixel(zoom);
        // world pixel of the picture's top-left corner (world pixel 0,0 = north-west corner of the world)
        double left = (v.centreX() + WORLD / 2) / mpp - v.width() / 2.0;
        double top = (WORLD / 2 - v.centreY()) / mpp - v.height() / 2.0;
        long originX = Math.round(left);
        long originY = Math.round(top);
        long firstCol = Math.floorDiv(originX, SIZE);
        long firstRow = Math.floorDiv(originY, SIZE);
        for (long row = firstRow; row * SIZE < originY + v.height(); row++) {
            for (long col = firstCol; col * SIZE < originX + v.width(); col++) {
                g.drawImage(tile(zoom, col, row), (int) (col * SIZE - originX), (int) (row * SIZE - originY), null);
            }
        }
    }

    private synchronized BufferedImage tile(int zoom, long col, long row) {
        long key = ((long) zoom << 58) ^ ((col & 0x1FFFFFFFL) << 29) ^ (row & 0x1FFFFFFFL);
        BufferedImage tile = tiles.get(key);
        if (tile == null) {
            tile = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = tile.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            double mpp = metresPerPixel(zoom);
            double cx = (col * SIZE + SIZE / 2.0) * mpp - WORLD / 2;
            double cy = WORLD / 2 - (row * SIZE + SIZE / 2.0) * mpp;
            painter.paint(g, new Viewport(cx, cy, mpp, SIZE, SIZE));
            g.dispose();
            tiles.put(key, tile);
        }
        return tile;
    }
}
