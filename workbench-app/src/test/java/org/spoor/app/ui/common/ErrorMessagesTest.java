package org.spoor.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;
import org.spoor.casefile.CaseException;

class ErrorMessagesTest {

    private static UserMessage describe(Locale language, Throwable failure) {
        return new ErrorMessages(new CurrentLanguage(language)).describe(failure);
    }

    private static CaseException wrongPassword() {
        return new CaseException(CaseException.Kind.WRONG_PASSWORD, "case.error.wrongPassword",
                "Wrong password for this case (or its header was altered)");
    }

    @Test
    void aWrongPasswordIsToldWithTheErrorsBundleSentenceInTheUsersLanguage() {
        String english = ResourceBundle.getBundle(Messages.ERRORS_BUNDLE, Locale.ENGLISH)
                .getString("case.error.wrongPassword");
        String vietnamese = ResourceBundle.getBundle(Messages.ERRORS_BUNDLE, UiLanguages.VIETNAMESE)
                .getString("case.error.wrongPassword");

        assertThat(describe(Locale.ENGLISH, wrongPassword()).text()).isEqualTo(english);
        assertThat(describe(UiLanguages.VIETNAMESE, wrongPassword()).text()).isEqualTo(vietnamese)
                .isNotEqualTo(english);
    }

    @Test
    void aKeyTheErrorsBundleLacksFallsBackToTheSentenceForItsKindWithWhoHoldsTheCase() {
        CaseException inUse = new CaseException(CaseException.Kind.IN_USE, "case.error.notYetTranslated",
                "open elsewhere", "Lan on laptop-7 since 2026-05-01T08:00:00Z");

        UserMessage message = describe(UiLanguages.SPANISH, inUse);

        assertThat(message.text()).startsWith("El caso ya está abierto en otro Spoor")
                .contains("Lan on laptop-7 since 2026-05-01T08:00:00Z");
        assertThat(message.title()).isEqualTo("No se pudo usar el caso");
    }

    @Test
    void aCaseProblemWrappedInAnotherFailureIsStillRecognised() {
        UserMessage message = describe(Locale.ENGLISH, new IllegalStateException("wrapper", wrongPassword()));

        assertThat(message.text()).isEqualTo(describe(Locale.ENGLISH, wrongPassword()).text());
    }

    @Test
    void anUnexpectedFailureGetsTheGenericSentenceAndNeverItsInternalText() {
        UserMessage message = describe(UiLanguages.INDONESIAN,
                new IllegalStateException("internal detail at org.spoor.Foo.bar(Foo.java:12)"));

        assertThat(message.text()).startsWith("Spoor mengalami masalah yang tidak terduga")
                .doesNotContain("internal detail", "Foo.java", "Exception");
    }

    @Test
    void aFileProblemSaysWhatTheSystemReported() {
        UserMessage message = describe(Locale.ENGLISH,
                new IOException("/media/usb/case.spoor: No space left on device"));

        assertThat(message.title()).isEqualTo("A file could not be read or written");
        assertThat(message.text()).contains("No space left on device");
    }
}
