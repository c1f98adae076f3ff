package org.spoor.app.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.canvas.Canvas;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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

/** The network place on the corpus phone files: the phone's owner linked to Barney by three calls, drawn. */
@ExtendWith(ApplicationExtension.class)
class NetworkViewTest {

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
    void theOwnerIsLinkedToBarneyByThreeCallsAndTheGraphIsDrawn(FxRobot robot) throws Exception {
        PhoneCaseWindow.openAt(robot, "network");
        TableView<LinkRow> links = robot.lookup("#linkTable").queryTableView();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !links.getItems().isEmpty());

        assertThat(links.getItems()).filteredOn(l -> (l.from() + l.to()).contains("Barney")).singleElement()
                .satisfies(l -> {
                    assertThat(l.calls()).isEqualTo(3);
                    assertThat(l.from() + l.to()).contains("Phone owner (VN-44-01)");
                });
        Canvas canvas = robot.lookup("#networkCanvas").query();
        assertThat(canvas.getWidth()).isGreaterThan(100);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get(10, TimeUnit.SECONDS);
        assertThat(colouredPixels(image)).as("nodes and links drawn").isGreaterThan(200);
    }

    private static int colouredPixels(WritableImage image) {
        PixelReader pixels = image.getPixelReader();
        int coloured = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = pixels.getColor(x, y);
                if (c.getSaturation() > 0.3 && c.getBrightness() < 0.9) {
                    coloured++;
                }
            }
        }
        return coloured;
    }
}
