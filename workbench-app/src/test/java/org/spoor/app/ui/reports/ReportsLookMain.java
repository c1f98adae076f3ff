package org.spoor.app.ui.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.spoor.app.bundle.BundleFixture;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.ControllerFactory;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Views;
import org.spoor.casefile.CaseFile;

/**
 * For looking at the reports place by eye, not a test: opens the bundle fixture case, shows the place
 * with its preview and writes a PNG of it. Arguments: output PNG, language tag.
 */
public final class ReportsLookMain {

    private ReportsLookMain() {
    }

    public static void main(String[] args) throws Exception {
        Path png = Path.of(args.length > 0 ? args[0] : "reports-look.png");
        Locale language = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        Path home = Files.createTempDirectory("spoor-reports-look");
        BundleFixture.Built built = BundleFixture.create(home.resolve("vay.spoor"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        try (CaseFile opened = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(),
                BundleFixture.options()); TestServices services = new TestServices(language)) {
            ReportsViewModel model = new ReportsViewModel(new CaseBundleService(opened), services.tasks,
                    services.language.messages(), opened.clock());
            ControllerFactory controllers = new ControllerFactory();
            controllers.register(ReportsController.class, () -> new ReportsController(model, services.language));
            CountDownLatch shown = new CountDownLatch(1);
            Stage[] stage = new Stage[1];
            Platform.runLater(() -> {
                Parent root = new Views(services.language).load("reports/reports.fxml", controllers).root();
                Scene scene = new Scene(root, 1200, 760);
                scene.getStylesheets().add(DialogStyler.class.getResource(DialogStyler.STYLESHEET).toExternalForm());
                stage[0] = new Stage();
                stage[0].setScene(scene);
                stage[0].show();
                shown.countDown();
            });
            shown.await();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (model.exhibits().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(500);
            CountDownLatch saved = new CountDownLatch(1);
            Platform.runLater(() -> {
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(stage[0].getScene().snapshot(null), null), "png",
                            png.toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                } finally {
                    saved.countDown();
                }
            });
            saved.await();
        } finally {
            Platform.exit();
        }
    }
}
