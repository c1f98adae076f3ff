package org.spoor.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.UiLanguages;
import org.spoor.app.ui.settings.AppSettings;
import org.spoor.casefile.CaseFile;

class OpenCaseViewModelTest {

    @TempDir
    Path home;
    private Path folder;
    private TestServices services;
    private OpenCaseViewModel model;
    private final AtomicReference<CaseSession> opened = new AtomicReference<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void closedCase() throws Exception {
        folder = TestCases.createClosed(home.resolve("ivory.spoor"), "Ivory route");
        services = new TestServices(UiLanguages.VIETNAMESE);
        model = FxTestThread.call(() -> new OpenCaseViewModel(new CaseAccess(TestCases.fastOptions("an")),
                services.tasks, services.errors, AppSettings.load(home.resolve("settings.properties"))));
    }

    @AfterEach
    void close() throws Exception {
        if (opened.get() != null) {
            opened.get().caseFile().close();
        }
        services.close();
    }

    private String openWith(Path where, String password) throws Exception {
        FxTestThread.run(() -> {
            model.folderProperty().set(where.toString());
            model.passwordProperty().set(password);
            model.open(opened::set);
        });
        FxTestThread.waitUntil(() -> !model.busyProperty().get());
        return FxTestThread.call(() -> model.problemProperty().get());
    }

    @Test
    void aWrongPasswordIsToldInTheDialogInTheUsersLanguageAndTheFieldEmptied() throws Exception {
        String problem = openWith(folder, "not the password at all");

        assertThat(problem).isEqualTo(services.language.messages().error("case.error.wrongPassword").orElseThrow());
        assertThat(problem).containsIgnoringCase("mật khẩu");
        assertThat(FxTestThread.call(() -> model.passwordProperty().get())).isEmpty();
        assertThat(opened.get()).isNull();
    }

    @Test
    void aCaseOpenElsewhereSaysWhoHoldsIt() throws Exception {
        try (CaseFile holder = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(),
                TestCases.fastOptions("Trần Thị Bình"))) {
            String problem = openWith(folder, TestCases.PASSWORD);

            assertThat(problem).contains("Trần Thị Bình");
            assertThat(opened.get()).isNull();
        }
    }

    @Test
    void aFolderThatIsNotACaseIsToldAsSuch() throws Exception {
        Path plain = Files.createDirectories(home.resolve("holiday-photos"));

        String problem = openWith(plain, TestCases.PASSWORD);

        assertThat(problem).isEqualTo(services.language.messages().error("case.error.notACase", plain).orElseThrow());
    }

    @Test
    void theRightPasswordOpensTheCaseAndTheOpeningIsAudited() throws Exception {
        String problem = openWith(folder, TestCases.PASSWORD);

        assertThat(problem).isEmpty();
        FxTestThread.waitUntil(() -> opened.get() != null);
        assertThat(opened.get().details().title()).isEqualTo("Ivory route");
        assertThat(opened.get().caseFile().audit().newest(0, 1).get(0).action()).isEqualTo("case.opened");
    }
}
