package org.spoor.mapping.render;

/**
 * How to draw: picture size, whether to add the grid-density heat layer, and the point radius in pixels.
 */
public record RenderOptions(int width, int height, boolean heat, int pointRadius) {

    public static RenderOptions standard() {
        return new RenderOptions(1600, 1200, false, 4);
    }

    public RenderOptions withSize(int w, int h) {
        return new RenderOptions(w, h, heat, pointRadius);
    }

    public RenderOptions withHeat(boolean on) {
        return new RenderOptions(width, height, on, pointRadius);
    }
}
