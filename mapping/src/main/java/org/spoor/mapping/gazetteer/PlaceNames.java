package org.spoor.mapping.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a place name for accent-insensitive matching: "Cầu Treo", "CAU TREO" and "cau-treo" all
 * fold to "cau treo". Vietnamese đ/Đ has no decomposition in Unicode and is mapped by hand.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlaceNames() {
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String s = name.replace('đ', 'd').replace('Đ', 'D').replace('Ð', 'D').replace('ð', 'd');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return s.trim();
    }
}
