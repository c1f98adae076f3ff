package org.spoor.reports.bundle.text;

/**
 * The result of shaping one run at 1000 units per em: glyph ids of the font, each glyph's origin
 * (PDF orientation: y grows upwards), the total advance and the ink extent above and below the
 * baseline.
 */
record ShapedGlyphs(int[] glyphIds, float[] x, float[] y, float advance, float top, float bottom) {

    int size() {
        return glyphIds.length;
    }
}
