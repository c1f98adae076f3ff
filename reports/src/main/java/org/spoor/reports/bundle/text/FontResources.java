package org.spoor.reports.bundle.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The Noto fonts shipped in this module (SIL OFL 1.1, see NOTICE-fonts.md), read once per writer.
 * PdfFonts are bound to one PdfDocument, so each bundle makes its own from these bytes.
 */
public final class FontResources {

    static final String SANS = "NotoSans-Regular.ttf";
    static final String SANS_BOLD = "NotoSans-Bold.ttf";
    static final String MONO = "NotoSansMono-Regular.ttf";

    private final byte[] sans;
    private final byte[] sansBold;
    private final byte[] mono;
    private final Map<Script, byte[]> complex = new EnumMap<>(Script.class);
    private final Optional<CjkFont> cjk;

    public FontResources() {
        sans = read(SANS);
        sansBold = read(SANS_BOLD);
        mono = read(MONO);
        for (Script script : Script.values()) {
            if (script.fontFile() != null) {
                complex.put(script, read(script.fontFile()));
            }
        }
        cjk = CjkFont.find();
    }

    byte[] sans() {
        return sans;
    }

    byte[] sansBold() {
        return sansBold;
    }

    byte[] mono() {
        return mono;
    }

    /** Chinese, Japanese and Korean glyphs, when the machine has Noto Sans CJK. */
    Optional<CjkFont> cjk() {
        return cjk;
    }

    byte[] complex(Script script) {
        return complex.get(script);
    }

    private static byte[] read(String file) {
        try (InputStream in = FontResources.class.getResourceAsStream("/org/spoor/reports/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the build: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
