package org.spoor.reports.bundle.text;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.Glyph;
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
 * Mongolian, Greek), then Noto Sans CJK when the machine has it ({@link CjkFont}); Thai, Lao and Khmer go through {@link ComplexShaper} with their own Noto fonts.
 * Everything is embedded (subset) in Identity-H, as PDF/A requires.
 */
public final class BundleFonts {

    public static final String SANS_FAMILY = "Noto Sans";
    public static final String MONO_FAMILY = "Noto Sans Mono";

    private final FontResources resources;
    private final FontProvider provider;
    private final TrueTypeFont sansProgram;
    private final TrueTypeFont monoProgram;
    private final FontProgram cjkProgram;
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
        cjkProgram = resources.cjk().map(BundleFonts::program).orElse(null);
        if (cjkProgram != null) {
            set.addFont(cjkProgram, PdfEncodings.IDENTITY_H);
        }
        provider = new FontProvider(set, SANS_FAMILY);
    }

    public FontProvider provider() {
        return provider;
    }

    /** True when Noto Sans, Noto Sans Mono or (when installed) Noto Sans CJK can draw this code point. */
    boolean covers(int codePoint) {
        return sansProgram.getGlyph(codePoint) != null || monoProgram.getGlyph(codePoint) != null
                || cjkProgram != null && cjkProgram.getGlyph(codePoint) != null;
    }

    private static FontProgram program(CjkFont font) {
        try {
            FontProgram program = font.index() >= 0
                    ? FontProgramFactory.createFont(font.collection(), font.index(), false)
                    : FontProgramFactory.createFont(font.collection(), false);
            preferIdeographsOverRadicals(program);
            return program;
        } catch (IOException e) {
            throw new UncheckedIOException("the CJK font could not be read", e);
        }
    }

    /**
     * Noto CJK draws 山 (U+5C71) and the Kangxi radical ⼭ (U+2F2D) with one glyph, and the glyph
     * remembers the radical: the PDF's text layer would then say ⼭ where the exhibit says 山, and a
     * search of the bundle for 穿山甲 would fail. Give such shared glyphs back their ideograph.
     */
    private static void preferIdeographsOverRadicals(FontProgram program) {
        for (int cp = 0x3400; cp <= 0x9FFF; cp++) {
            Glyph glyph = program.getGlyph(cp);
            // The text layer is written from the glyph kept per glyph id, not from the one looked up by character.
            Glyph byId = glyph == null ? null : program.getGlyphByCode(glyph.getCode());
            if (byId != null && byId.getUnicode() != cp && isRadical(byId.getUnicode())) {
                byId.setUnicode(cp);
                byId.setChars(Character.toChars(cp));
            }
        }
    }

    private static boolean isRadical(int codePoint) {
        return codePoint >= 0x2E80 && codePoint <= 0x2FDF || codePoint >= 0x31C0 && codePoint <= 0x31EF;
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
