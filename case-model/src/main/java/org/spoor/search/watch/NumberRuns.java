package org.spoor.search.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as written in evidence ({@code +84 912 345 678}, {@code 0912-345-678},
 * {@code (091) 234.5678}) reduced to their digits, so a watch-list number is found however it
 * was spaced. Used for entries of at least {@link #MIN_DIGITS} digits.
 */
final class NumberRuns {

    static final int MIN_DIGITS = 6;
    /**
     * Digits compared from the end of a number. Nine covers the national significant number of
     * mobiles across the region, so {@code +84 912 345 678} and {@code 0912 345 678} meet without
     * knowing the country code or trunk prefix.
     */
    static final int SIGNIFICANT_DIGITS = 9;

    private static final Pattern ENTRY_SHAPE = Pattern.compile("\\+?[\\d\\s().\\-/]+");
    /** Digit groups separated by at most two of space, dot, dash, slash or brackets. */
    private static final Pattern RUN = Pattern.compile("\\+?\\(?\\d(?:[\\s.\\-/()]{0,2}\\d)*");

    record Run(String digits, int start, int end) {
    }

    private NumberRuns() {
    }

    /** The digits an entry is looked for by, or null if the entry is not a number. */
    static String keyOf(String entry) {
        if (!ENTRY_SHAPE.matcher(entry).matches()) {
            return null;
        }
        String digits = stripLeadingZeros(entry.replaceAll("\\D", ""));
        if (digits.length() < MIN_DIGITS) {
            return null;
        }
        return digits.length() > SIGNIFICANT_DIGITS ? digits.substring(digits.length() - SIGNIFICANT_DIGITS) : digits;
    }

    static List<Run> in(String text) {
        List<Run> runs = new ArrayList<>();
        Matcher m = RUN.matcher(text);
        while (m.find()) {
            String digits = m.group().replaceAll("\\D", "");
            if (digits.length() >= MIN_DIGITS) {
                runs.add(new Run(digits, m.start(), m.end()));
            }
        }
        return runs;
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }
}
