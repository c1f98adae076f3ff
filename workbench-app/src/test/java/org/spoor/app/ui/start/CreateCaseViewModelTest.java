package org.spoor.app.ui.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
import org.spoor.app.ui.settings.AppSettings;
import org.spoor.audit.AuditEntry;

class CreateCaseViewModelTest {

    @TempDir
    Path home;
    private TestServices services;
    private AppSettings settings;
    private CreateCaseViewModel model;
    private final AtomicReference<CaseSession> created = new AtomicReference<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void model() {
        services = new TestServices(Locale.ENGLISH);
        settings = AppSettings.load(home.resolve("settings.properties"));
        model = FxTestThread.call(() -> new CreateCaseViewModel(new CaseAccess(TestCases.fastOptions("an")),
                services.tasks, services.errors, settings, Locale.ENGLISH));
    }

    @AfterEach
    void close() throws Exception {
        if (created.get() != null) {
            created.get().caseFile().close();
        }
        services.close();
    }

    private void fill(String title, String password, String repeated) {
        FxTestThread.run(() -> {
            model.titleProperty().set(title);
            model.folderProperty().set(home.resolve("case.spoor").toString());
            model.passwordProperty().set(password);
            model.repeatedPasswordProperty().set(repeated);
        });
    }

    private boolean canCreate() {
        return FxTestThread.call(() -> model.canCreateProperty().get());
    }

    @Test
    void aCaseNeedsATitleTheSamePasswordTwiceAndAFairPassword() {
        fill("", TestCases.PASSWORD, TestCases.PASSWORD);
        assertThat(canCreate()).as("no title").isFalse();
        fill("Operation Pangolin", TestCases.PASSWORD, TestCases.PASSWORD + "x");
        assertThat(canCreate()).as("different passwords").isFalse();
        assertThat(FxTestThread.call(() -> model.passwordsDifferProperty().get())).isTrue();
        fill("Operation Pangolin", "password1", "password1");
        assertThat(canCreate()).as("weak password").isFalse();
        fill("Operation Pangolin", TestCases.PASSWORD, TestCases.PASSWORD);
        assertThat(canCreate()).isTrue();
    }

    @Test
    void creatingOpensTheCaseAndRemembersOnlyItsFolder() throws Exception {
        fill("Operation Pangolin", TestCases.PASSWORD, TestCases.PASSWORD);
        FxTestThread.run(() -> model.countryProperty().set("LA"));

        FxTestThread.run(() -> model.create(created::set));
        FxTestThread.waitUntil(() -> created.get() != null);

        CaseSession session = created.get();
        assertThat(session.details().title()).isEqualTo("Operation Pangolin");
        assertThat(session.details().country()).isEqualTo("LA");
        AuditEntry first = session.caseFile().audit().newest(0, 1).get(0);
        assertThat(first.action()).isEqualTo("case.created");
        assertThat(first.actor()).isEqualTo("an");
        String saved = Files.readString(home.resolve("settings.properties"), StandardCharsets.UTF_8);
        assertThat(saved).contains("case.spoor").doesNotContain("Pangolin");
        assertThat(FxTestThread.call(() -> model.passwordProperty().get())).as("password field emptied").isEmpty();
    }

    @Test
    void aFolderThatIsNotEmptyIsToldInTheDialog() throws Exception {
        Files.createDirectories(home.resolve("case.spoor"));
        Files.writeString(home.resolve("case.spoor").resolve("notes.txt"), "someone else's files");
        fill("Operation Pangolin", TestCases.PASSWORD, TestCases.PASSWORD);

        FxTestThread.run(() -> model.create(created::set));
        FxTestThread.waitUntil(() -> !model.problemProperty().get().isEmpty() && !model.busyProperty().get());

        assertThat(FxTestThread.call(() -> model.problemProperty().get())).contains("case.spoor")
                .doesNotContain("Exception");
        assertThat(created.get()).isNull();
        assertThat(home.resolve("case.spoor").resolve("notes.txt")).exists();
    }
}
