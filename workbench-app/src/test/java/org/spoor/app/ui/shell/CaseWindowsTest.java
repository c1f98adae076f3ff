package org.spoor.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.gui.GuiComposition;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.audit.AuditRow;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.settings.AppSettings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window as a user drives it (headless): start screen, new case, open case, language. */
@ExtendWith(ApplicationExtension.class)
class CaseWindowsTest {

    @TempDir
    static Path root;

    private Path home;
    private Path ivory;
    private Stage stage;
    private GuiComposition gui;

    @Start
    void start(Stage primary) throws Exception {
        home = Files.createTempDirectory(root, "home");
        ivory = TestCases.createClosed(home.resolve("ivory.spoor"), "Ivory route");
        AppSettings.load(settingsFile()).caseOpened(ivory);
        stage = primary;
        gui = new GuiComposition(TestCases.config(home, Locale.ENGLISH));
        gui.start(primary);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(gui::close).get(20, TimeUnit.SECONDS);
    }

    private Path settingsFile() {
        return home.resolve(".spoor").resolve("settings.properties");
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> node.isVisible() && node.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The actions of the audit log's rows, once the first page has arrived. */
    private static List<String> auditActions(FxRobot robot) throws Exception {
        waitFor(robot, "#auditTable");
        TableView<AuditRow> table = robot.lookup("#auditTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        return table.getItems().stream().map(AuditRow::action).collect(Collectors.toList());
    }

    /** Texts the table actually draws (its visible cells), not only what its model holds. */
    private static List<String> shownCells(FxRobot robot) {
        return robot.lookup("#auditTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).collect(Collectors.toList());
    }

    @Test
    void theStartScreenShowsTheRecentCaseAndTheWayToCreateOrOpenOne(FxRobot robot) {
        assertThat(stage.getTitle()).isEqualTo("Spoor");
        assertThat(robot.lookup("#createCaseButton").queryButton().getText()).isEqualTo("New case…");
        assertThat(robot.lookup("#openCaseButton").queryButton().getText()).isEqualTo("Open case…");
        ListView<?> recent = robot.lookup("#recentCasesList").queryListView();
        assertThat(recent.getItems()).hasSize(1);
        assertThat(robot.lookup(".recent-name").queryLabeled().getText()).isEqualTo("ivory.spoor");
        assertThat(robot.lookup("#noRecentCasesLabel").query().isVisible()).isFalse();
    }

    @Test
    void aCaseCreatedThroughTheDialogOpensInTheMainWindowWithItsCreationAudited(FxRobot robot) throws Exception {
        robot.clickOn("#createCaseButton");
        waitFor(robot, "#titleField");
        robot.clickOn("#titleField").write("Operation Pangolin");
        robot.clickOn("#investigatorField").write("Nguyen Van An");
        robot.clickOn("#unitField").write("Environmental Police");
        robot.clickOn("#folderField").write(home.resolve("pangolin.spoor").toString());
        robot.clickOn("#passwordField").write(TestCases.PASSWORD);
        assertThat(robot.lookup("#strengthLabel").queryLabeled().getText()).isEqualTo("Very strong.");
        robot.clickOn("#repeatPasswordField").write(TestCases.PASSWORD);
        robot.clickOn("#createButton");

        assertThat(auditActions(robot)).containsExactly("case.created");
        assertThat(shownCells(robot)).contains("case.created", TestCases.ACTOR);
        assertThat(stage.getTitle()).isEqualTo("Spoor — Operation Pangolin");
        assertThat(robot.lookup("#caseTitleLabel").queryLabeled().getText()).isEqualTo("Operation Pangolin");
        assertThat(robot.lookup("#caseMetaLabel").queryLabeled().getText())
                .contains("Vietnam", "Nguyen Van An", "Environmental Police");
        assertThat(home.resolve("pangolin.spoor").resolve("spoor-case.json")).exists();
        assertThat(robot.lookup("#createCaseDialog").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void aWrongPasswordIsToldInTheOpenDialogAndTheRightOneOpensTheCase(FxRobot robot) throws Exception {
        robot.doubleClickOn(".recent-name");
        waitFor(robot, "#openCaseDialog");
        assertThat(robot.lookup("#folderField").queryTextInputControl().getText()).isEqualTo(ivory.toString());

        robot.clickOn("#passwordField").write("not the password");
        robot.clickOn("#openButton");
        waitFor(robot, "#problemLabel");

        String expected = ResourceBundle.getBundle(Messages.ERRORS_BUNDLE, Locale.ENGLISH)
                .getString("case.error.wrongPassword");
        assertThat(robot.lookup("#problemLabel").queryLabeled().getText()).isEqualTo(expected);
        assertThat(robot.lookup("#passwordField").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#errorDialog").tryQuery()).as("no error dialog, no stack trace").isEmpty();

        robot.clickOn("#passwordField").write(TestCases.PASSWORD);
        robot.clickOn("#openButton");

        assertThat(auditActions(robot)).containsExactly("case.opened", "case.created");
        assertThat(stage.getTitle()).isEqualTo("Spoor — Ivory route");
    }

    @Test
    void switchingTheLanguageToVietnameseChangesTheTextsAndIsRemembered(FxRobot robot) throws Exception {
        robot.clickOn("#settingsButton");
        waitFor(robot, "#languageChoice");
        robot.clickOn("#languageChoice");
        robot.clickOn("Tiếng Việt");
        robot.clickOn("#applySettingsButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#createCaseButton").queryButton().getText()).isEqualTo("Vụ án mới…");
        assertThat(robot.lookup("#openCaseButton").queryButton().getText()).isEqualTo("Mở vụ án…");
        assertThat(robot.lookup("#settingsButton").queryButton().getText()).isEqualTo("Cài đặt");
        assertThat(Files.readString(settingsFile(), StandardCharsets.UTF_8)).contains("ui.language=vi");
    }

    @Test
    void anOpenCaseStaysOpenWhenTheLanguageChanges(FxRobot robot) throws Exception {
        robot.doubleClickOn(".recent-name");
        waitFor(robot, "#openCaseDialog");
        robot.clickOn("#passwordField").write(TestCases.PASSWORD);
        robot.clickOn("#openButton");
        auditActions(robot);
        robot.clickOn("#place-evidence");
        assertThat(robot.lookup("#placeTitleLabel").queryLabeled().getText()).isEqualTo("Evidence");

        robot.clickOn("#settingsButton");
        waitFor(robot, "#languageChoice");
        robot.clickOn("#languageChoice");
        robot.clickOn("Español");
        robot.clickOn("#applySettingsButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#placeTitleLabel").queryLabeled().getText()).isEqualTo("Evidencias");
        assertThat(robot.lookup("#closeCaseButton").queryButton().getText()).isEqualTo("Cerrar caso");
        assertThat(stage.getTitle()).isEqualTo("Spoor — Ivory route");

        robot.clickOn("#closeCaseButton");
        waitFor(robot, "#startScreen");
        assertThat(robot.lookup("#createCaseButton").queryButton().getText()).isEqualTo("Caso nuevo…");
    }
}
