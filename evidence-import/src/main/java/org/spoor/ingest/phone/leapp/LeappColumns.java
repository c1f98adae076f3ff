package org.spoor.ingest.phone.leapp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Column names compared the way ALEAPP/iLEAPP's LAVA database stores them ({@code lavafuncs.py}
 * {@code sanitize_sql_name}): characters other than letters, digits, underscore and white space
 * dropped, runs of white space turned into one underscore, a leading digit prefixed with an
 * underscore, lower case. A TSV header "Duration in Secs" and a LAVA column
 * {@code duration_in_secs} are then the same column.
 */
final class LeappColumns {

    private LeappColumns() {
    }

    static String sanitize(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}_\\s]", "").replaceAll("\\s+", "_");
        if (!s.isEmpty() && !Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') {
            s = "_" + s;
        }
        return s.toLowerCase(Locale.ROOT);
    }

    static List<String> sanitizeAll(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            out.add(sanitize(n));
        }
        return out;
    }
}
