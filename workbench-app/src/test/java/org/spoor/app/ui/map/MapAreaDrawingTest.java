package org.spoor.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
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
import org.spoor.place.AreaOfInterest;
import org.spoor.place.AreaRepository;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drawing an area of interest as an investigator does (headless): the robot clicks the corners around the
 * warehouse photo, double-clicks to close, names the area; it is stored in the case, audited and listed
 * with the photo counted inside. Escape drops a half-drawn area.
 */
@ExtendWith(ApplicationExtension.class)
class MapAreaDrawingTest {

    private static final MapResources RESOURCES = new MapResources();
    private static final double LAT = 18.6796;
    private static final double LON = 105.6813;

    @TempDir
    static Path root;

    private TestServices services;
    private CaseFile caseFile;
    private MapViewModel model;
    private Pane mapPane;

    @Start
    void start(Stage stage) throws Exception {
        Path folder = TestCases.createClosed(Files.createTempDirectory(root, "case").resolve("vinh.spoor"),
                "Chuyên án kho Vinh");
        caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions(TestCases.ACTOR));
        registerPhoto(caseFile);
        services = new TestServices(Locale.ENGLISH);
        model = new MapViewModel(new MapWorkflow(new CaseMapSource(caseFile, RESOURCES, Locale.ENGLISH), RESOURCES,
                services.tasks), services.language.messages(), services.errors, ZoneId.of("Asia/Ho_Chi_Minh"), null);
        ControllerFactory controllers = new ControllerFactory().register(MapController.class,
                () -> new MapController(model, services.language.messages(), new NoFiles()));
        javafx.scene.Parent view = new Views(services.language).load("map/map.fxml", controllers).root();
        mapPane = (Pane) view.lookup("#mapPane");
        stage.setScene(new Scene(view, 1200, 800));
        stage.show();
    }

    private static void registerPhoto(CaseFile caseFile) throws Exception {
        StoredBlob blob = caseFile.blobs().store(new ByteArrayInputStream(new byte[] {(byte) 0xFF, (byte) 0xD8}));
        Exhibit exhibit = caseFile.registry().register(TestCases.ACTOR, new NewExhibit(null, "test", "kho-vinh.jpg",
                "seized/kho-vinh.jpg", blob.size(), blob.sha256(), blob.md5(), blob.blobId(), "image/jpeg",
                new SeizureFacts("Cửa khẩu Cầu Treo", Instant.parse("2026-03-15T03:00:00Z"),
                        "NA-2026-0315-02", "Nguyễn Thị Lan"), null), "test photo");
        new ExhibitContentRepository(caseFile.db()).save(new ExhibitContent(exhibit.id(), "", null, false, null, null,
                "{}", LAT, LON, Instant.parse("2026-03-15T02:20:00Z"), "+07:00", "Samsung Galaxy A52"));
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        caseFile.close();
    }

    @Test
    void aPolygonClickedAroundThePhotoAndNamedIsStoredAuditedAndListedWithThePhotoInside(FxRobot robot)
            throws Exception {
        waitForTheMap();
        robot.clickOn("#drawAreaButton");
        robot.clickOn(around(-50, -40));
        robot.clickOn(around(50, -40));
        robot.doubleClickOn(around(0, 50));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#areaNameField").tryQuery().isPresent());
        robot.clickOn("#areaNameField").write("Kho Vinh yard");
        robot.clickOn("#areaNoteField").write("seen on the photo");
        robot.clickOn("#areaSaveButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.areas().rows().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();

        AreaRow row = model.areas().rows().get(0);
        assertThat(row.area().name()).isEqualTo("Kho Vinh yard");
        assertThat(row.inside()).isEqualTo(1);
        assertThat(row.area().outline().getNumPoints()).isEqualTo(4);
        @SuppressWarnings("unchecked")
        ListView<AreaRow> list = robot.lookup("#areaList").queryAs(ListView.class);
        assertThat(list.getItems()).containsExactly(row);
        AreaOfInterest stored = new AreaRepository(caseFile.db()).all().get(0);
        assertThat(stored.name()).isEqualTo("Kho Vinh yard");
        assertThat(stored.note()).isEqualTo("seen on the photo");
        assertThat(stored.createdBy()).isEqualTo(TestCases.ACTOR);
        assertThat(caseFile.audit().head().action()).isEqualTo("area.created");
        assertThat(model.shown().areas()).hasSize(1);
    }

    @Test
    void escapeDropsAHalfDrawnAreaAndNothingIsStored(FxRobot robot) throws Exception {
        waitForTheMap();
        robot.clickOn("#drawAreaButton");
        robot.clickOn(around(-50, -40));
        robot.clickOn(around(50, -40));
        assertThat(model.draft().drawing()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.draft().drawing()).isFalse();
        assertThat(robot.lookup("#areaNameField").tryQuery()).isEmpty();
        assertThat(new AreaRepository(caseFile.db()).all()).isEmpty();
    }

    @Test
    void aRectangleIsDrawnByDraggingAndNamed(FxRobot robot) throws Exception {
        waitForTheMap();
        robot.clickOn("#drawRectangleButton");
        robot.drag(around(-40, -40)).dropTo(around(40, 40));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#areaNameField").tryQuery().isPresent());
        robot.clickOn("#areaNameField").write("Yard box");
        robot.clickOn("#areaSaveButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.areas().rows().size() == 1);
        assertThat(model.areas().rows().get(0).inside()).isEqualTo(1);
        assertThat(model.areas().rows().get(0).area().outline().getNumPoints()).isEqualTo(5);
    }

    private void waitForTheMap() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.frameProperty().get() != null
                && model.cameraProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A point of the screen this many pixels from where the photo is drawn. */
    private javafx.geometry.Point2D around(double dx, double dy) {
        Point2D at = MapRenderer.pixelOf(model.cameraProperty().get().viewport(), LAT, LON);
        Bounds screen = mapPane.localToScreen(mapPane.getBoundsInLocal());
        return new javafx.geometry.Point2D(screen.getMinX() + at.getX() + dx, screen.getMinY() + at.getY() + dy);
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
