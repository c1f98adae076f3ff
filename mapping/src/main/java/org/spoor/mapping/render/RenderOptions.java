package org.spoor.mapping.render;

import java.util.Locale;

/**
 * How to draw: picture size, whether to add the grid-density heat layer, the point radius in
 * pixels and the language of the legend and attribution.
 */
public record RenderOptions(int width, int height, boolean heat, int pointRadius, Locale locale) {

    public static RenderOptions standard() {
        return new RenderOptions(1600, 1200, false, 4, Locale.ENGLISH);
    }

    public RenderOptions withSize(int w, int h) {
        return new RenderOptions(w, h, heat, pointRadius, locale);
    }

    public RenderOptions withHeat(boolean on) {
        return new RenderOptions(width, height, on, pointRadius, locale);
    }

    public RenderOptions withLocale(Locale language) {
        return new RenderOptions(width, height, heat, pointRadius, language);
    }
}
