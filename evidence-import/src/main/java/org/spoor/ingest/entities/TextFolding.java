package org.spoor.ingest.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text folded for accent-insensitive matching (Vietnamese "vảy tê tê" matches "vay te te",
 * "đồng" matches "dong"), keeping for each folded character the offset of the original one so
 * matches can be cited in the source text.
 */
final class TextFolding {

    private final String folded;
    private final int[] originalOffsets;

    private TextFolding(String folded, int[] originalOffsets) {
        this.folded = folded;
        this.originalOffsets = originalOffsets;
    }

    /** Each character folded on its own, worked out once: folding a million message bodies char by char. */
    private static final String[] FOLDED_CHARS = new String[Character.MAX_VALUE + 1];

    static TextFolding of(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] offsets = new int[text.length() + 1];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            String piece = foldedChar(text.charAt(i));
            for (int k = 0; k < piece.length(); k++) {
                if (n + 1 >= offsets.length) {
                    offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
                }
                out.append(piece.charAt(k));
                offsets[n++] = i;
            }
        }
        offsets[n] = text.length();
        return new TextFolding(out.toString(), offsets);
    }

    /** The character folded alone; a race between threads only works the same value out twice. */
    private static String foldedChar(char c) {
        String piece = FOLDED_CHARS[c];
        if (piece == null) {
            piece = fold(String.valueOf(c));
            FOLDED_CHARS[c] = piece;
        }
        return piece;
    }

    /** Lower case, diacritics removed, đ as d. */
    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c == 'đ' || c == 'Đ' ? 'd' : c);
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    String folded() {
        return folded;
    }

    int originalStart(int foldedIndex) {
        return originalOffsets[foldedIndex];
    }

    /** The original offset just past the folded character before {@code foldedEnd}. */
    int originalEnd(int foldedEnd) {
        return foldedEnd == 0 ? 0 : originalOffsets[foldedEnd - 1] + 1;
    }
}
