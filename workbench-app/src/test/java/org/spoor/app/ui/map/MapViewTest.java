package org.spoor.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.ControllerFactory;
import org.spoor.app.ui.common.Views;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.mapping.render.MapRenderer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map place as a user sees it (headless): a real case's photo drawn, clicked, and its source named. */
@ExtendWith(ApplicationExtension.class)
class MapViewTest {

    private static final MapResources RESOURCES = new MapResources();
    private static final double LAT = 18.6796;
    private static final double LON = 105.6813;

    @TempDir
    static Path root;

    private TestServices services;
    private CaseFile caseFile;
    private Exhibit photo;
    private MapViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = TestCases.createClosed(Files.createTempDirectory(root, "case").resolve("vinh.spoor"),
                "Chuyên án kho Vinh");
        caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions(TestCases.ACTOR));
        photo = registerPhoto(caseFile);
        services = new TestServices(Locale.ENGLISH);
        model = new MapViewModel(new MapWorkflow(new CaseMapSource(caseFile, RESOURCES, Locale.ENGLISH), RESOURCES,
                services.tasks), services.language.messages(), services.errors, ZoneId.of("Asia/Ho_Chi_Minh"), null);
        ControllerFactory controllers = new ControllerFactory().register(MapController.class,
                () -> new MapController(model, services.language.messages(), new NoFiles()));
        stage.setScene(new Scene(new Views(services.language).load("map/map.fxml", controllers).root(), 1200, 800));
        stage.show();
    }

    /** A photo with its EXIF position as extraction stores it, seized at the Vinh warehouse. */
    private static Exhibit registerPhoto(CaseFile caseFile) throws Exception {
        StoredBlob blob = caseFile.blobs().store(new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        Exhibit exhibit = caseFile.registry().register(TestCases.ACTOR, new NewExhibit(null, "test", "kho-vinh.jpg",
                "seized/kho-vinh.jpg", blob.size(), blob.sha256(), blob.md5(), blob.blobId(), "image/jpeg",
                new SeizureFacts("Kho hàng, TP Vinh, Nghệ An", Instant.parse("2026-03-15T03:00:00Z"),
                        "NA-2026-0315-02", "Nguyễn Thị Lan"), null), "test photo");
        new ExhibitContentRepository(caseFile.db()).save(new ExhibitContent(exhibit.id(), "", null, false, null, null,
                "{}", LAT, LON, Instant.parse("2026-03-15T02:20:00Z"), "+07:00", "Samsung Galaxy A52"));
        return exhibit;
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        caseFile.close();
    }

    @Test
    void theMapPlaceShowsTheRenderedMapAndAClickOnThePhotoNamesItsSource(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.frameProperty().get() != null
                && model.frameProperty().get().viewport().equals(model.cameraProperty().get().viewport()));
        WaitForAsyncUtils.waitForFxEvents();
        Image image = robot.lookup("#mapImage").queryAs(ImageView.class).getImage();
        Pane pane = robot.lookup("#mapPane").queryAs(Pane.class);
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(Math.floor(pane.getWidth()));
        assertThat(distinctColours(image)).as("a drawn map, not a blank picture").isGreaterThan(20);
        assertThat(robot.lookup("#kind-photo").tryQuery()).isPresent();
        assertThat(robot.lookup("#kind-seizure").tryQuery()).isPresent();

        Point2D at = MapRenderer.pixelOf(model.cameraProperty().get().viewport(), LAT, LON);
        Bounds screen = pane.localToScreen(pane.getBoundsInLocal());
        robot.clickOn(new javafx.geometry.Point2D(screen.getMinX() + at.getX(), screen.getMinY() + at.getY()));
        WaitForAsyncUtils.waitForFxEvents();

        String source = robot.lookup("#sourceDetails").queryAs(TextArea.class).getText();
        assertThat(source).contains("Exhibit: " + photo.ref(), "File: kho-vinh.jpg", "Kind: photo");
        assertThat(robot.lookup("#openSourceButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#mapStatusLabel").queryLabeled().getText()).contains("2 of 2 located items");
    }

    private static int distinctColours(Image image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getPixelReader().getArgb(x, y));
            }
        }
        return colours.size();
    }

    /** No file dialogs in this test. */
    private static final class NoFiles implements MapFiles {
        @Override
        public Optional<Path> exportTo(Window owner, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> layerToAdd(Window owner) {
            return Optional.empty();
        }
    }
}
