package org.spoor.ingest.entities;

/**
 * What a text has, counted in one pass, so that a finder whose entity cannot occur in it is not run:
 * most message bodies hold no e-mail, no URL and no number long enough to dial, and running every
 * pattern and the phone-number matcher over each of a phone's million bodies cost most of extraction.
 * Each gate is a necessary condition of its finder's pattern, never a guess.
 */
final class TextTraits {

    /** ASCII digits (the patterns' {@code \d}). */
    final int asciiDigits;
    /** The most digits (any script) in one stretch without letters: a dialable number is such a stretch. */
    final int digitsInLongestNumberRun;
    /** The longest stretch of ASCII letters and digits (a crypto address is one word of 11+). */
    final int longestAsciiWord;
    final boolean hasAt;
    final boolean mayHoldUrl;

    private TextTraits(int asciiDigits, int digitsInLongestNumberRun, int longestAsciiWord, boolean hasAt,
                       boolean mayHoldUrl) {
        this.asciiDigits = asciiDigits;
        this.digitsInLongestNumberRun = digitsInLongestNumberRun;
        this.longestAsciiWord = longestAsciiWord;
        this.hasAt = hasAt;
        this.mayHoldUrl = mayHoldUrl;
    }

    static TextTraits of(String text) {
        int asciiDigits = 0;
        int runDigits = 0;
        int maxRunDigits = 0;
        int word = 0;
        int maxWord = 0;
        boolean at = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean asciiDigit = c >= '0' && c <= '9';
            if (asciiDigit) {
                asciiDigits++;
            }
            if (asciiDigit || Character.isDigit(c)) {
                runDigits++;
                maxRunDigits = Math.max(maxRunDigits, runDigits);
            } else if (Character.isLetter(c) && c != 'x' && c != 'X') {
                // libphonenumber allows 'x' between digits; any other letter ends a candidate number.
                runDigits = 0;
            }
            if (asciiDigit || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                word++;
                maxWord = Math.max(maxWord, word);
            } else {
                word = 0;
            }
            at |= c == '@';
        }
        return new TextTraits(asciiDigits, maxRunDigits, maxWord, at,
                text.contains("://") || containsIgnoringCase(text, "www."));
    }

    private static boolean containsIgnoringCase(String text, String ascii) {
        for (int i = 0; i + ascii.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, ascii, 0, ascii.length())) {
                return true;
            }
        }
        return false;
    }
}
