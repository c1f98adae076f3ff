package org.spoor.app.ui.start;

import java.util.List;
import java.util.Locale;

/**
 * A small, zxcvbn-like estimate: the size of the character pool the password draws from, times an
 * effective length that counts repeats ("aaaa") and runs ("1234", "abcd") as little, minus what a
 * guesser gains from common passwords and keyboard walks (counted as one word of a 1,000-word list).
 */
public final class PasswordStrengthEstimator {

    /** Tried first by every guesser, in the case's languages too ("matkhau", "contrasena", "rahasia"). */
    private static final List<String> COMMON = List.of("password", "passw0rd", "123456", "12345678", "qwerty",
            "azerty", "asdfgh", "letmein", "iloveyou", "admin", "welcome", "monkey", "dragon", "football",
            "matkhau", "anhyeuem", "contrasena", "rahasia", "sandi", "spoor", "police", "polisi", "policia",
            "wildlife", "pangolin", "ivory");
    private static final double BITS_PER_COMMON_WORD = Math.log(1000) / Math.log(2);

    public PasswordStrength estimate(CharSequence password) {
        if (password == null || password.length() == 0) {
            return new PasswordStrength(PasswordStrength.Level.EMPTY, 0);
        }
        double perCharacter = Math.log(pool(password)) / Math.log(2);
        double bits = effectiveLength(password) * perCharacter;
        String lower = password.toString().toLowerCase(Locale.ROOT);
        for (String word : COMMON) {
            if (lower.contains(word)) {
                bits -= word.length() * perCharacter - BITS_PER_COMMON_WORD;
            }
        }
        bits = Math.max(0, bits);
        return new PasswordStrength(PasswordStrength.Level.of(bits), bits);
    }

    private static int pool(CharSequence password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 128) {
                symbol = true;
            } else {
                other = true;
            }
        }
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    }

    private static double effectiveLength(CharSequence password) {
        double length = 1;
        for (int i = 1; i < password.length(); i++) {
            int step = password.charAt(i) - password.charAt(i - 1);
            if (step == 0) {
                length += 0.25;
            } else if (step == 1 || step == -1) {
                length += 0.5;
            } else {
                length += 1;
            }
        }
        return length;
    }
}
