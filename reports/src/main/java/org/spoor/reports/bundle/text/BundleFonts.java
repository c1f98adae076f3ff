package org.spoor.reports.bundle.text;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.TrueTypeFont;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fonts of one bundle document. iText's font provider picks, character by character, the
 * first of Noto Sans / Noto Sans Mono that has a glyph (Latin with Vietnamese, Cyrillic with
 * Mongolian, Greek); Thai, Lao and Khmer go through {@link ComplexShaper} with their own Noto fonts.
 * Everything is embedded (subset) in Identity-H, as PDF/A requires.
 */
public final class BundleFonts {

    public static final String SANS_FAMILY = "Noto Sans";
    public static final String MONO_FAMILY = "Noto Sans Mono";

    private final FontResources resources;
    private final FontProvider provider;
    private final TrueTypeFont sansProgram;
    private final TrueTypeFont monoProgram;
    private final Map<Script, PdfFont> complexFonts = new EnumMap<>(Script.class);

    public BundleFonts(FontResources resources) {
        this.resources = resources;
        try {
            sansProgram = new TrueTypeFont(resources.sans());
            monoProgram = new TrueTypeFont(resources.mono());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FontSet set = new FontSet();
        set.addFont(resources.sans(), PdfEncodings.IDENTITY_H);
        set.addFont(resources.sansBold(), PdfEncodings.IDENTITY_H);
        set.addFont(resources.mono(), PdfEncodings.IDENTITY_H);
        provider = new FontProvider(set, SANS_FAMILY);
    }

    public FontProvider provider() {
        return provider;
    }

    /** True when Noto Sans or Noto Sans Mono can draw this code point. */
    boolean covers(int codePoint) {
        return sansProgram.getGlyph(codePoint) != null || monoProgram.getGlyph(codePoint) != null;
    }

    PdfFont complexFont(Script script) {
        return complexFonts.computeIfAbsent(script, s -> {
            try {
                return PdfFontFactory.createFont(resources.complex(s), PdfEncodings.IDENTITY_H,
                        PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
