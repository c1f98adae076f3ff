package org.spoor.reports.bundle.text;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Shapes Thai, Lao and Khmer with the JDK's own OpenType layout engine (HarfBuzz inside OpenJDK,
 * reached through {@link Font#layoutGlyphVector}): it applies the fonts' GSUB/GPOS tables
 * (reordering, mark stacking, subscript consonants) and returns glyph ids and positions, which
 * {@link ShapedRunPainter} writes with iText's low-level canvas. This replaces iText's commercial
 * pdfCalligraph add-on for these scripts. Works headless (no display needed).
 */
public final class ComplexShaper {

    /** Shaping size: positions come back in 1/1000 em, the unit PDF glyph space uses. */
    private static final float UNITS_PER_EM = 1000f;
    /** GlyphVector marks glyphs that draw nothing (e.g. joiners) with these codes. */
    private static final int INVISIBLE_GLYPH = 0xFFFE;

    private final Map<Script, Font> fonts = new EnumMap<>(Script.class);
    private final FontRenderContext context = new FontRenderContext(null, true, true);

    public ComplexShaper(FontResources resources) {
        for (Script script : Script.values()) {
            if (script.fontFile() != null) {
                fonts.put(script, load(resources.complex(script)));
            }
        }
    }

    ShapedGlyphs shape(Script script, String text) {
        Font font = fonts.get(script);
        char[] chars = text.toCharArray();
        GlyphVector vector = font.layoutGlyphVector(context, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        int[] codes = vector.getGlyphCodes(0, count, null);
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int visible = 0;
        for (int code : codes) {
            if (code < INVISIBLE_GLYPH) {
                visible++;
            }
        }
        int[] ids = new int[visible];
        float[] xs = new float[visible];
        float[] ys = new float[visible];
        int j = 0;
        for (int i = 0; i < count; i++) {
            if (codes[i] < INVISIBLE_GLYPH) {
                ids[j] = codes[i];
                xs[j] = positions[2 * i];
                ys[j] = -positions[2 * i + 1];
                j++;
            }
        }
        Rectangle2D ink = vector.getVisualBounds();
        float advance = positions[2 * count];
        return new ShapedGlyphs(ids, xs, ys, advance, (float) -ink.getMinY(), (float) ink.getMaxY());
    }

    private static Font load(byte[] bytes) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(UNITS_PER_EM);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("bundled font cannot be read", e);
        }
    }
}
