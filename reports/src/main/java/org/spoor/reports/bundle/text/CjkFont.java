package org.spoor.reports.bundle.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Chinese, Japanese and Korean glyphs for the bundle, from the Noto Sans CJK collection when the
 * machine has it (Debian and Ubuntu: {@code fonts-noto-cjk}; elsewhere point the system property
 * {@code spoor.font.cjk} at {@code NotoSansCJK-Regular.ttc}). At 20 MB it is too large to ship in
 * Spoor itself; without it, Han characters (Chinese trade names of ivory, rhino horn, pangolin) are
 * written as {@code [U+7A7F]}, never silently dropped. The font is SIL OFL 1.1 and is embedded as a subset.
 */
record CjkFont(byte[] collection, int index) {

    public static final String PROPERTY = "spoor.font.cjk";

    /** Simplified Chinese face of the collection: the trade in the region is written in it. */
    private static final int SIMPLIFIED_CHINESE = 2;

    private static final List<String> KNOWN_PLACES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto-cjk/NotoSansCJK-Regular.ttc");

    static Optional<CjkFont> find() {
        String configured = System.getProperty(PROPERTY);
        List<String> candidates = configured == null || configured.isBlank() ? KNOWN_PLACES : List.of(configured);
        for (String candidate : candidates) {
            Path file = Path.of(candidate);
            if (Files.isRegularFile(file)) {
                return Optional.of(read(file));
            }
        }
        return Optional.empty();
    }

    private static CjkFont read(Path file) {
        try {
            boolean collection = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
            return new CjkFont(Files.readAllBytes(file), collection ? SIMPLIFIED_CHINESE : -1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the CJK font " + file, e);
        }
    }
}
