package org.spoor.app.ui.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.audit.AuditRow;
import org.spoor.app.ui.comms.PhoneCaseWindow;
import org.spoor.app.ui.comms.PhoneCorpusCase;
import org.spoor.entity.EntityType;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The entities panel on the corpus phone files: sources of Barney's number, then a merge by hand. */
@ExtendWith(ApplicationExtension.class)
class EntitiesViewTest {

    @TempDir
    static Path root;

    private static Path home;
    private PhoneCaseWindow window;

    @BeforeAll
    static void phoneCase() throws Exception {
        home = PhoneCaseWindow.prepareHome(root);
    }

    @Start
    void start(Stage stage) {
        window = PhoneCaseWindow.start(stage, home);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void barneysNumberShowsBothSourcesAndAMergeOfTwoNumbersIsRecordedInTheAuditLog(FxRobot robot)
            throws Exception {
        PhoneCaseWindow.openAt(robot, "entities");
        ComboBox<EntityType> filter = robot.lookup("#entityTypeFilter").queryComboBox();
        robot.interact(() -> filter.setValue(EntityType.PHONE));
        TableView<EntityRow> entities = robot.lookup("#entityTable").queryTableView();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> entities.getItems().size() > 1
                && entities.getItems().stream().allMatch(e -> e.type() == EntityType.PHONE));

        EntityRow barney = entities.getItems().stream().filter(e -> e.key().equals(PhoneCorpusCase.BARNEY))
                .findFirst().orElseThrow();
        robot.interact(() -> entities.getSelectionModel().select(barney));
        TableView<SourceRow> sources = robot.lookup("#sourceTable").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sources.getItems().size() >= 2);
        assertThat(sources.getItems()).extracting(SourceRow::fileName).contains("so-ghi-chep.txt", "contacts2.db");

        EntityRow other = entities.getItems().stream().filter(e -> !e.key().equals(PhoneCorpusCase.BARNEY))
                .findFirst().orElseThrow();
        int before = entities.getItems().size();
        robot.interact(() -> {
            entities.getSelectionModel().clearSelection();
            entities.getSelectionModel().select(barney);
            entities.getSelectionModel().select(other);
        });
        robot.clickOn("#editReasonField").write("same buyer");
        robot.clickOn("#mergeButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> entities.getItems().size() == before - 1);
        assertThat(robot.lookup("#entitiesStatusLabel").queryLabeled().getText()).contains("Merged");

        robot.clickOn("#place-audit");
        TableView<AuditRow> audit = robot.lookup("#auditTable").queryTableView();
        robot.clickOn("#refreshAuditButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> audit.getItems().stream()
                .anyMatch(row -> row.action().equals("entity.merged")));
        AuditRow merged = audit.getItems().stream().filter(row -> row.action().equals("entity.merged"))
                .findFirst().orElseThrow();
        assertThat(List.of(merged.subject(), merged.details())).anyMatch(text -> text.contains("+1"));
        assertThat(merged.details()).contains("same buyer");
    }
}
