package org.spoor.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.gui.GuiComposition;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.audit.AuditRow;
import org.spoor.app.ui.importing.PathChooser;
import org.spoor.app.ui.search.SearchResultRow;
import org.spoor.app.ui.settings.AppSettings;
import org.spoor.exhibit.Exhibit;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The evidence workflow as an investigator drives it (headless): import seized files through the wizard,
 * see them in the table, open one, search without diacritics and jump from the hit to the exhibit.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceWindowTest {

    private static final String LEDGER = "Sổ ghi chép kho Vinh. Ngày 14/3 nhận 12 kg vảy tê tê từ Attapeu, "
            + "giao cho anh Tuấn tại bến Cửa Lò.";

    @TempDir
    static Path root;

    private Path home;
    private List<Path> seized;
    private GuiComposition gui;

    @Start
    void start(Stage primary) throws Exception {
        home = Files.createTempDirectory(root, "home");
        Path folder = TestCases.createClosed(home.resolve("vinh.spoor"), "Vinh warehouse");
        AppSettings.load(home.resolve(".spoor").resolve("settings.properties")).caseOpened(folder);
        Path bag = Files.createDirectories(home.resolve("seized"));
        seized = List.of(
                Files.writeString(bag.resolve("so-ghi-chep.txt"), LEDGER, StandardCharsets.UTF_8),
                Files.writeString(bag.resolve("informe.txt"), "Informe de incautación: 40 kg de escamas de "
                        + "pangolín en el puerto de Manzanillo.", StandardCharsets.UTF_8),
                Files.writeString(bag.resolve("lao-report.txt"), "ລາຍງານ: ເກັດລີ່ນ 8 ກິໂລ ຢູ່ແຂວງອັດຕະປື.",
                        StandardCharsets.UTF_8));
        gui = new GuiComposition(TestCases.config(home, Locale.ENGLISH), new FixedChooser(seized));
        gui.start(primary);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(gui::close).get(30, TimeUnit.SECONDS);
    }

    /** Stands in for the system's file chooser: "chooses" the seized files. */
    private static final class FixedChooser implements PathChooser {
        private final List<Path> files;

        FixedChooser(List<Path> files) {
            this.files = files;
        }

        @Override
        public List<Path> chooseFiles(Window owner, String title) {
            return files;
        }

        @Override
        public List<Path> chooseFolder(Window owner, String title) {
            return List.of();
        }
    }

    private static void waitFor(FxRobot robot, String query, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> node.isVisible() && node.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openTheCase(FxRobot robot) throws Exception {
        robot.doubleClickOn(".recent-name");
        waitFor(robot, "#passwordField", 20);
        robot.clickOn("#passwordField").write(TestCases.PASSWORD);
        robot.clickOn("#openButton");
        waitFor(robot, "#placeList", 30);
    }

    private void importThroughTheWizard(FxRobot robot) throws Exception {
        robot.clickOn("#place-evidence");
        waitFor(robot, "#importButton", 10);
        robot.clickOn("#importButton");
        waitFor(robot, "#addFilesButton", 10);
        robot.clickOn("#addFilesButton");
        assertThat(robot.lookup("#pathList").queryListView().getItems()).hasSize(3);
        robot.clickOn("#custodianField").write("Tran Thi Hoa");
        robot.clickOn("#sealField").write("VN-44-0192");
        robot.clickOn("#seizedPlaceField").write("Vinh warehouse");
        robot.clickOn("#startImportButton");
        // Each parser worker is a JVM of its own: the first import of a run waits for them to start.
        waitFor(robot, "#startOverButton", 120);
    }

    @Test
    void seizedFilesImportedThroughTheWizardAreListedSearchableAndOpenFromAHit(FxRobot robot) throws Exception {
        openTheCase(robot);
        importThroughTheWizard(robot);

        assertThat(robot.lookup("#summaryLabel").queryLabeled().getText())
                .startsWith("3 files read, 3 exhibits added").endsWith("no problems.");
        assertThat(robot.lookup("#problemTable").queryTableView().getItems()).isEmpty();
        assertThat(robot.lookup("#importProgressBar").queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress()).isEqualTo(1.0);
        robot.clickOn("#closeWizardButton");

        TableView<Exhibit> table = robot.lookup("#exhibitTable").queryTableView();
        waitUntil(20, () -> table.getItems().size() == 3 && table.getItems().get(2) != null);
        List<String> names = robot.lookup("#exhibitTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).collect(Collectors.toList());
        assertThat(names).contains("so-ghi-chep.txt", "informe.txt", "lao-report.txt", "Tran Thi Hoa",
                "VN-44-0192", "SPR-0001");

        robot.clickOn("so-ghi-chep.txt");
        waitUntil(20, () -> robot.lookup("#textPreview").queryAs(TextInputControl.class).getText()
                .contains("vảy tê tê"));
        assertThat(robot.lookup("#detailTitleLabel").queryLabeled().getText()).endsWith("so-ghi-chep.txt");

        robot.clickOn("#place-search");
        waitFor(robot, "#queryField", 10);
        robot.clickOn("#queryField").write("vay te te").type(javafx.scene.input.KeyCode.ENTER);
        ListView<SearchResultRow> results = robot.lookup("#resultList").queryListView();
        waitUntil(30, () -> !results.getItems().isEmpty());
        assertThat(results.getItems()).extracting(SearchResultRow::fileName).containsExactly("so-ghi-chep.txt");
        List<String> marked = robot.lookup("#resultList .hit-mark").queryAllAs(Text.class).stream()
                .map(Text::getText).collect(Collectors.toList());
        assertThat(marked).containsExactly("vảy", "tê", "tê");

        robot.doubleClickOn(".hit-name");
        waitFor(robot, "#exhibitTable", 10);
        waitUntil(10, () -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().originalName()).isEqualTo("so-ghi-chep.txt");

        robot.clickOn("#place-audit");
        waitFor(robot, "#auditTable", 10);
        robot.clickOn("#refreshAuditButton");
        TableView<AuditRow> audit = robot.lookup("#auditTable").queryTableView();
        waitUntil(10, () -> audit.getItems().stream().anyMatch(row -> row.action().equals("case.searched")));
        assertThat(audit.getItems()).extracting(AuditRow::action)
                .contains("import.started", "import.finished", "exhibit.viewed", "case.searched");
    }

    @Test
    void theWizardSaysThatACancelledImportResumes(FxRobot robot) throws Exception {
        openTheCase(robot);
        robot.clickOn("#place-evidence");
        waitFor(robot, "#importButton", 10);
        robot.clickOn("#importButton");
        waitFor(robot, "#addFilesButton", 10);
        Node note = robot.lookup("#cancelNoteLabel").query();
        assertThat(note.isVisible()).as("only while importing").isFalse();
        assertThat(((Labeled) note).getText()).contains("same files", "continues where it stopped");
        assertThat(robot.lookup("#startImportButton").queryButton().isDisabled()).as("no files yet").isTrue();
    }
}
