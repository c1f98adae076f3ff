package org.spoor.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.ingest.located.LocatedItem;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.render.MapRenderer;

/** The map's logic without a window: layers, time slider, picking a point, export. */
class MapViewModelTest {

    private static final MapResources RESOURCES = new MapResources();

    private TestServices services;
    private FakeSource source;
    private List<Long> opened;

    /** Three fixes of one phone (a route), a photo, coordinates in a note; no case needed. */
    private static final class FakeSource implements MapSource {
        final List<Path> exports = new CopyOnWriteArrayList<>();
        MapModel exported;

        @Override
        public String title() {
            return "Operation Vảy";
        }

        @Override
        public List<LocatedItem> items() {
            List<LocatedItem> items = new ArrayList<>();
            items.add(item(1, "SPR-0001", "kho-vinh.jpg", 18.6796, 105.6813, "2026-03-15T02:20:00Z", "photo", null));
            items.add(item(2, "SPR-0002", "phone.ufdr", 18.40, 105.20, "2026-03-12T08:00:00Z", "phone_location",
                    "device:SPR-0002"));
            items.add(item(3, "SPR-0002", "phone.ufdr", 18.55, 105.40, "2026-03-12T09:00:00Z", "phone_location",
                    "device:SPR-0002"));
            items.add(item(4, "SPR-0002", "phone.ufdr", 18.70, 105.60, "2026-03-12T10:00:00Z", "phone_location",
                    "device:SPR-0002"));
            items.add(item(5, "SPR-0003", "so-tay.txt", 18.386, 105.155, null, "text", null));
            return items;
        }

        private static LocatedItem item(long id, String ref, String name, double lat, double lon, String time,
                                        String kind, String track) {
            EvidencePoint p = new EvidencePoint(kind + id, lat, lon, time == null ? null : Instant.parse(time), kind,
                    name + " #" + id, ref);
            return new LocatedItem(p, id, ref, name, kind.equals("photo") ? "" : "row:" + id, track);
        }

        @Override
        public void export(MapModel model, Path out) {
            exported = model;
            exports.add(out);
        }

        @Override
        public List<FeatureLayer> readLayer(Path file) {
            return List.of();
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void services() {
        services = new TestServices(Locale.ENGLISH);
        source = new FakeSource();
        opened = new CopyOnWriteArrayList<>();
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private MapViewModel loaded(SourceOpener opener) throws Exception {
        MapViewModel model = FxTestThread.call(() -> new MapViewModel(new MapWorkflow(source, RESOURCES,
                services.tasks), services.language.messages(), services.errors, ZoneId.of("Asia/Ho_Chi_Minh"),
                opener));
        FxTestThread.run(() -> {
            model.resize(640, 480);
            model.load();
        });
        FxTestThread.waitUntil(() -> model.frameProperty().get() != null && !model.loadingProperty().get());
        return model;
    }

    @Test
    void loadingFitsTheMapToTheItemsAndPaintsAFrameOfTheViewsSize() throws Exception {
        MapViewModel model = loaded(null);
        MapFrame frame = model.frameProperty().get();
        assertThat(frame.image().getWidth()).isEqualTo(640);
        assertThat(frame.image().getHeight()).isEqualTo(480);
        assertThat(frame.viewport()).isEqualTo(model.cameraProperty().get().viewport());
        assertThat(model.statusProperty().get()).isEqualTo("5 of 5 located items shown, 1 route");
        assertThat(model.kinds()).extracting(KindToggle::text)
                .containsExactly("photo (1)", "phone location (3)", "coordinates in text (1)");
    }

    @Test
    void switchingAKindOffTakesItsPointsOffTheMapAndRoutesCanBeHidden() throws Exception {
        MapViewModel model = loaded(null);
        FxTestThread.run(() -> model.kinds().get(1).shownProperty().set(false));
        assertThat(FxTestThread.call(() -> model.shown().visiblePoints())).extracting(EvidencePoint::kind)
                .containsExactly("photo", "text");
        FxTestThread.run(() -> {
            model.kinds().get(1).shownProperty().set(true);
            model.routesProperty().set(false);
        });
        assertThat(FxTestThread.call(() -> model.shown().visibleRoutes())).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("5 of 5 located items shown, no routes");
    }

    @Test
    void theTimeSliderKeepsItemsInsideItsWindowAndTheUndatedOnes() throws Exception {
        MapViewModel model = loaded(null);
        TimeRange range = model.timeRangeProperty().get();
        assertThat(range.first()).isEqualTo(Instant.parse("2026-03-12T08:00:00Z").toEpochMilli());
        assertThat(range.last()).isEqualTo(Instant.parse("2026-03-15T02:20:00Z").toEpochMilli());
        FxTestThread.run(() -> model.timeToProperty().set(Instant.parse("2026-03-12T09:30:00Z").toEpochMilli()));
        assertThat(FxTestThread.call(() -> model.shown().visiblePoints())).extracting(EvidencePoint::id)
                .containsExactly("phone_location2", "phone_location3", "text5");
        assertThat(FxTestThread.call(() -> model.shown().visibleRoutes())).singleElement()
                .satisfies(r -> assertThat(r.stops()).hasSize(2));
    }

    @Test
    void clickingAPointPicksItAndNamesItsExhibitAndClickingWaterPicksNothing() throws Exception {
        MapViewModel model = loaded(null);
        Point2D photo = MapRenderer.pixelOf(model.cameraProperty().get().viewport(), 18.6796, 105.6813);
        Optional<LocatedItem> hit = FxTestThread.call(() -> model.clickAt(photo.getX() + 3, photo.getY() - 2));
        assertThat(hit).hasValueSatisfying(i -> assertThat(i.exhibitRef()).isEqualTo("SPR-0001"));
        assertThat(model.sourceProperty().get()).contains("Exhibit: SPR-0001", "File: kho-vinh.jpg", "Kind: photo",
                "18.67960, 105.68130");
        assertThat(FxTestThread.call(() -> model.clickAt(2, 2))).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void openSourceShowsTheExhibitInTheEvidenceViewWhenThereIsOneAndTheDetailsOtherwise() throws Exception {
        MapViewModel withEvidence = loaded(opened::add);
        Point2D photo = MapRenderer.pixelOf(withEvidence.cameraProperty().get().viewport(), 18.6796, 105.6813);
        FxTestThread.run(() -> withEvidence.clickAt(photo.getX(), photo.getY()));
        assertThat(FxTestThread.call(withEvidence::openSource)).isEmpty();
        assertThat(opened).containsExactly(1L);

        MapViewModel alone = loaded(null);
        FxTestThread.run(() -> alone.clickAt(photo.getX(), photo.getY()));
        assertThat(FxTestThread.call(alone::openSource)).hasValueSatisfying(text -> assertThat(text)
                .contains("SPR-0001"));
    }

    @Test
    void exportWritesWhatIsShownThroughTheSourceAndSaysWhereInTheBackground() throws Exception {
        MapViewModel model = loaded(null);
        FxTestThread.run(() -> {
            model.kinds().get(2).shownProperty().set(false);
            model.export(Path.of("/tmp/vay-map.kml"));
        });
        FxTestThread.waitUntil(() -> model.statusProperty().get().startsWith("Map written"));
        assertThat(model.statusProperty().get()).isEqualTo("Map written to vay-map.kml (kml); the export is recorded"
                + " in the audit log.");
        assertThat(source.exports).containsExactly(Path.of("/tmp/vay-map.kml"));
        assertThat(source.exported.visiblePoints()).hasSize(4);
        assertThat(source.exported.title()).isEqualTo("Operation Vảy");
    }

    @Test
    void panningAndZoomingPaintNewFramesForTheNewView() throws Exception {
        MapViewModel model = loaded(null);
        MapFrame first = model.frameProperty().get();
        FxTestThread.run(() -> {
            model.pan(30, 10);
            model.pan(30, 10);
            model.zoomCentre(1);
        });
        FxTestThread.waitUntil(() -> model.frameProperty().get().viewport()
                .equals(model.cameraProperty().get().viewport()));
        assertThat(model.frameProperty().get()).isNotSameAs(first);
        assertThat(model.frameProperty().get().viewport().zoom()).isEqualTo(first.viewport().zoom() + 1);
    }
}
