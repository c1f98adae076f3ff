package org.spoor.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthEstimatorTest {

    private final PasswordStrengthEstimator estimator = new PasswordStrengthEstimator();

    @Test
    void anEmptyPasswordIsNotRatedAtAll() {
        assertThat(estimator.estimate("").level()).isEqualTo(PasswordStrength.Level.EMPTY);
        assertThat(estimator.estimate("").acceptable()).isFalse();
    }

    @Test
    void commonPasswordsAreRefusedEvenWithDigitsAppended() {
        assertThat(estimator.estimate("password123").acceptable()).isFalse();
        assertThat(estimator.estimate("matkhau2024").acceptable()).isFalse();
        assertThat(estimator.estimate("123456789012").level()).isEqualTo(PasswordStrength.Level.VERY_WEAK);
    }

    @Test
    void repeatsAndRunsCountForLessThanVariedCharacters() {
        double repeated = estimator.estimate("aaaaaaaaaaaa").bits();
        double run = estimator.estimate("abcdefghijkl").bits();
        double varied = estimator.estimate("kqzvmwpxtrbn").bits();
        assertThat(repeated).isLessThan(run);
        assertThat(run).isLessThan(varied);
    }

    @Test
    void severalUnrelatedWordsAreStrong() {
        PasswordStrength words = estimator.estimate("correct horse battery staple");
        assertThat(words.level()).isGreaterThanOrEqualTo(PasswordStrength.Level.STRONG);
        assertThat(words.fraction()).isEqualTo(1.0);
    }

    @Test
    void lettersWithDiacriticsWidenTheCharacterPool() {
        assertThat(estimator.estimate("rừng núi xanh").bits())
                .isGreaterThan(estimator.estimate("rung nui xanh").bits());
    }
}
