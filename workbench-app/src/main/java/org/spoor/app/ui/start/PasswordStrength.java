package org.spoor.app.ui.start;

/**
 * How hard a password is to guess, as estimated bits of entropy and a level for the hint under the field.
 * An estimate, not a promise: it only knows character classes, repeats, runs and a few common words.
 */
public record PasswordStrength(Level level, double bits) {

    /** Level boundaries in bits; a case needs at least {@link Level#FAIR}. */
    public enum Level {
        EMPTY(0), VERY_WEAK(0), WEAK(28), FAIR(40), STRONG(60), VERY_STRONG(80);

        private final double fromBits;

        Level(double fromBits) {
            this.fromBits = fromBits;
        }

        static Level of(double bits) {
            Level result = VERY_WEAK;
            for (Level level : values()) {
                if (level != EMPTY && bits >= level.fromBits) {
                    result = level;
                }
            }
            return result;
        }
    }

    /** Fraction for the strength bar: full at {@link Level#VERY_STRONG}. */
    public double fraction() {
        return Math.min(1.0, bits / Level.VERY_STRONG.fromBits);
    }

    public boolean acceptable() {
        return level.compareTo(Level.FAIR) >= 0;
    }
}
