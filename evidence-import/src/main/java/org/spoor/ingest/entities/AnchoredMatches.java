package org.spoor.ingest.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern's matches in a text, the pattern tried only where a match can begin (a digit for a sum, the
 * first letter of a form of address): {@code Matcher.find} tries every position, and on a phone's million
 * message bodies that was most of the time spent finding sums and names. Same matches, in the same order:
 * the leftmost match from each place on, as {@code find} gives them.
 */
final class AnchoredMatches {

    private AnchoredMatches() {
    }

    /**
     * @param mayBeginAt true for every index a match could begin at (it may be true more often); the
     *                   pattern's own look-behinds still see the text before that index
     */
    static List<MatchResult> of(Pattern pattern, String text, IntPredicate mayBeginAt) {
        List<MatchResult> found = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int at = 0;
        while (at <= text.length()) {
            if (mayBeginAt.test(at)) {
                m.region(at, text.length());
                if (m.lookingAt()) {
                    found.add(m.toMatchResult());
                    at = m.end() > at ? m.end() : at + 1;
                    continue;
                }
            }
            at++;
        }
        return found;
    }

    /** Where a number can begin: a digit of any script (more than the patterns' ASCII {@code \d}). */
    static IntPredicate digitIn(String text) {
        return at -> at < text.length() && Character.isDigit(text.charAt(at));
    }

    /** Where one of {@code firsts} stands (compared as written). */
    static IntPredicate oneOf(String text, String firsts) {
        return at -> at < text.length() && firsts.indexOf(text.charAt(at)) >= 0;
    }

    /** Where one of {@code firsts} stands, compared as a case-insensitive Unicode pattern compares letters. */
    static IntPredicate oneOfIgnoringCase(String text, String firsts) {
        return at -> {
            if (at >= text.length()) {
                return false;
            }
            char c = text.charAt(at);
            return firsts.indexOf(c) >= 0 || firsts.indexOf(Character.toUpperCase(c)) >= 0
                    || firsts.indexOf(Character.toLowerCase(c)) >= 0;
        };
    }
}
