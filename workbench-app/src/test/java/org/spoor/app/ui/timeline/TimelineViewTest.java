package org.spoor.app.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.comms.PhoneCaseWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline on the corpus phone files: seizure, messages and calls on one axis; zooming narrows the list. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {

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
    void everyDatedEventIsOnTheAxisAndZoomingInShowsFewer(FxRobot robot) throws Exception {
        PhoneCaseWindow.openAt(robot, "timeline");
        TableView<TimelineRow> rows = robot.lookup("#timelineTable").queryTableView();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !rows.getItems().isEmpty());

        int all = rows.getItems().size();
        assertThat(rows.getItems()).extracting(TimelineRow::lane).contains("Seizures", "Messages", "Calls");
        assertThat(rows.getItems()).filteredOn(r -> r.lane().equals("Calls")).hasSize(3)
                .allMatch(r -> r.label().startsWith("Call with Barney"));
        assertThat(rows.getItems()).filteredOn(r -> r.citation().contains("sms:_id=")).hasSize(9);

        for (int i = 0; i < 6; i++) {
            robot.clickOn("#zoomInButton");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(rows.getItems().size()).isLessThan(all);
        assertThat(robot.lookup("#timelineSummaryLabel").queryLabeled().getText()).endsWith("of " + all
                + " events in view");

        robot.clickOn("#fitTimelineButton");
        assertThat(rows.getItems()).hasSize(all);
    }
}
