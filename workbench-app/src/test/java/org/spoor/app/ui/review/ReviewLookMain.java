package org.spoor.app.ui.review;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.spoor.app.review.ReviewSession;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Views;

/**
 * For looking at the reviewer window by eye (under xvfb-run), not a test: opens PACK, searches QUERY,
 * opens the first hit, adds a comment, snapshots to OUT-exhibit.png, then shows the bundle tab and
 * snapshots OUT-bundle.png. Arguments: PACK QUERY OUT [language] [seconds to stay open].
 */
public final class ReviewLookMain {

    private ReviewLookMain() {
    }

    public static void main(String[] args) throws Exception {
        Path pack = Path.of(args[0]);
        String query = args[1];
        String out = args[2];
        Locale language = Locale.forLanguageTag(args.length > 3 ? args[3] : "en");
        long stay = args.length > 4 ? Long.parseLong(args[4]) : 0;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (TestServices services = new TestServices(language)) {
            ReviewSession session = ReviewSession.open(pack, null, Clock.systemUTC());
            Stage[] stage = new Stage[1];
            fx(() -> {
                stage[0] = new Stage();
                new ReviewWindow(new Views(services.language), services.tasks, new DialogStyler(), services.language,
                        ChosenFiles.none()).show(stage[0], session);
                ((TextField) find(stage[0], "#searchField")).setText(query);
                ((TextField) find(stage[0], "#searchField")).fireEvent(new javafx.event.ActionEvent());
            });
            Thread.sleep(2500);
            fx(() -> {
                ListView<?> list = (ListView<?>) find(stage[0], "#exhibitList");
                list.getSelectionModel().select(0);
                ((TextField) find(stage[0], "#reviewerNameField")).setText("KSV Hoàng Thị Lan");
                ((TextArea) find(stage[0], "#commentText")).setText(
                        "Cần bổ sung chữ ký của người chứng kiến vào biên bản thu giữ.");
                ((javafx.scene.control.Button) find(stage[0], "#saveCommentButton")).fire();
            });
            Thread.sleep(2500);
            snapshot(stage[0], out + "-exhibit.png");
            Thread.sleep(stay * 500);
            fx(() -> ((TabPane) find(stage[0], "#centerTabs")).getSelectionModel().select(1));
            Thread.sleep(5000);
            snapshot(stage[0], out + "-bundle.png");
            Thread.sleep(stay * 500);
        } finally {
            Platform.exit();
        }
    }

    private static Node find(Stage stage, String id) {
        return stage.getScene().lookup(id);
    }

    private static void snapshot(Stage stage, String png) throws Exception {
        fx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png",
                        new java.io.File(png));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void fx(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}
