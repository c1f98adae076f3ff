package org.spoor.app.ui.map;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.app.ui.common.Messages;
import org.spoor.ingest.located.CaseLocations;
import org.spoor.ingest.located.CaseMapExport;
import org.spoor.ingest.located.LocatedItem;
import org.locationtech.jts.geom.Envelope;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapException;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.MapTexts;
import org.spoor.mapping.hotspot.HotspotCluster;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.render.RenderOptions;

/**
 * The map of the open case: what is shown (layers, time window), where the map looks, the picture
 * drawn for it, and the item a click picked; its areas of interest ({@link MapAreas}, drawn through
 * {@link AreaDraft}), hotspots ({@link MapHotspots}) and places to review ({@link MapPlaces}). Never
 * touches a node; every slow step goes through {@link MapWorkflow}. Methods are called on the FX thread.
 */
public final class MapViewModel {

    private final MapWorkflow workflow;
    private final Messages messages;
    private final MapTexts mapTexts;
    private final ErrorDialogs errors;
    private final SourceOpener opener;
    private final DateTimeFormatter timeFormat;
    private final RenderOptions options;

    private final ObjectProperty<MapFrame> frame = new SimpleObjectProperty<>();
    private final ObjectProperty<MapCamera> camera = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final ObjectProperty<LocatedItem> selected = new SimpleObjectProperty<>();
    private final BooleanProperty basemap = new SimpleBooleanProperty(true);
    private final BooleanProperty routes = new SimpleBooleanProperty(true);
    private final BooleanProperty heat = new SimpleBooleanProperty(false);
    private final DoubleProperty timeFrom = new SimpleDoubleProperty();
    private final DoubleProperty timeTo = new SimpleDoubleProperty();
    private final ObjectProperty<TimeRange> timeRange = new SimpleObjectProperty<>(TimeRange.NONE);
    private final ObservableList<KindToggle> kinds = FXCollections.observableArrayList();
    private final List<FeatureLayer> userLayers = new ArrayList<>();
    private final AreaDraft draft = new AreaDraft();
    private final MapAreas areas;
    private final MapHotspots hotspots;
    private final MapPlaces places;

    private List<LocatedItem> items = List.of();
    private MapModel full = MapModel.of("", List.of());
    private MapModel shown = full;
    private int width = 800;
    private int height = 600;

    public MapViewModel(MapWorkflow workflow, Messages messages, ErrorDialogs errors, ZoneId zone,
                        SourceOpener opener) {
        this.workflow = workflow;
        this.messages = messages;
        this.mapTexts = new MapTexts(messages.locale());
        this.errors = errors;
        this.opener = opener;
        this.timeFormat = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(messages.locale())
                .withZone(zone);
        this.options = RenderOptions.standard().withLocale(messages.locale());
        this.areas = new MapAreas(workflow, this::redraw, failure -> status.set(describe(failure)));
        this.hotspots = new MapHotspots(workflow, this::showHotspots);
        this.places = new MapPlaces(workflow, this::reload, failure -> status.set(describe(failure)));
        workflow.frames(() -> camera.get() == null ? null
                : new MapWorkflow.FrameRequest(shown, camera.get().viewport(), layers(), options), frame::set);
        basemap.addListener((o, was, now) -> redraw());
        routes.addListener((o, was, now) -> redraw());
        heat.addListener((o, was, now) -> redraw());
        timeFrom.addListener((o, was, now) -> redraw());
        timeTo.addListener((o, was, now) -> redraw());
    }

    /** Reads the case's located items in the background, then fits the map to them. */
    public void load() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        status.set(messages.text("map.loading"));
        workflow.load(read -> show(read, true), failure -> status.set(describe(failure)), () -> loading.set(false));
    }

    /** Reads the items again after a decision on a place, keeping where the map looks. */
    public void reload() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        workflow.load(read -> show(read, false), failure -> status.set(describe(failure)), () -> loading.set(false));
    }

    private void show(MapWorkflow.Loaded read, boolean fit) {
        items = List.copyOf(read.items());
        full = CaseLocations.model(read.title(), items);
        TimeRange range = TimeRange.of(full.points());
        timeRange.set(range);
        timeFrom.set(range.first());
        timeTo.set(range.last());
        kinds.clear();
        MapLayers.kinds(full).forEach((kind, count) -> {
            KindToggle toggle = new KindToggle(kind, mapTexts.kind(kind) + " (" + count + ")");
            toggle.shownProperty().addListener((o, was, now) -> redraw());
            kinds.add(toggle);
        });
        loaded.set(true);
        areas.show(read.areas());
        rebuild();
        if (fit || camera.get() == null) {
            camera.set(MapCamera.fit(shown, width, height));
        }
        select(null);
        workflow.requestFrame();
    }

    private MapLayers layers() {
        MapLayers layers = new MapLayers(basemap.get(), routes.get(), heat.get(), Set.of());
        for (KindToggle k : kinds) {
            layers = layers.withKind(k.kind(), k.shownProperty().get());
        }
        return layers;
    }

    private void rebuild() {
        MapModel base = layers().apply(full, userLayers, timeRange.get().window(timeFrom.get(), timeTo.get()));
        List<EvidencePoint> inside = areas.filter(base.points());
        if (inside != base.points()) {
            base = new MapModel(base.title(), inside, base.routes(), base.userLayers(), base.window());
        }
        areas.recount(base.visiblePoints());
        hotspots.search(base.visiblePoints());
        shown = base.withAreas(areas.drawn()).withHotspots(heat.get() ? hotspots.ranked() : List.of());
        status.set(messages.format("map.summary", shown.visiblePoints().size(), full.points().size(),
                shown.visibleRoutes().size()));
    }

    private void redraw() {
        if (!loaded.get()) {
            return;
        }
        rebuild();
        if (selected.get() != null && !shown.visiblePoints().contains(selected.get().point())) {
            select(null);
        }
        workflow.requestFrame();
    }

    /** New hotspots found: drawn as rings while the heat layer is on. */
    private void showHotspots() {
        if (loaded.get()) {
            shown = shown.withHotspots(heat.get() ? List.copyOf(hotspots.ranked()) : List.of());
            workflow.requestFrame();
        }
    }

    /** Zooms to a lon/lat box: a selected area of interest or hotspot. */
    public void zoomTo(Envelope lonLat) {
        if (loaded.get() && !lonLat.isNull()) {
            camera.set(MapCamera.fit(lonLat, width, height));
            workflow.requestFrame();
        }
    }

    public void zoomTo(AreaRow row) {
        zoomTo(row.area().outline().getEnvelopeInternal());
    }

    public void zoomTo(HotspotCluster h) {
        double dLat = h.radiusKm() / 111.32 * 1.5;
        double dLon = dLat / Math.max(0.1, Math.cos(Math.toRadians(h.lat())));
        zoomTo(new Envelope(h.lon() - dLon, h.lon() + dLon, h.lat() - dLat, h.lat() + dLat));
    }

    public void resize(double w, double h) {
        width = (int) Math.max(1, w);
        height = (int) Math.max(1, h);
        if (camera.get() != null) {
            camera.set(camera.get().resize(width, height));
            workflow.requestFrame();
        }
    }

    public void pan(double dx, double dy) {
        if (camera.get() != null) {
            camera.set(camera.get().pan(dx, dy));
            workflow.requestFrame();
        }
    }

    public void zoom(int steps, double x, double y) {
        if (camera.get() != null) {
            camera.set(camera.get().zoom(steps, x, y));
            workflow.requestFrame();
        }
    }

    public void zoomCentre(int steps) {
        zoom(steps, width / 2.0, height / 2.0);
    }

    public void fitAll() {
        if (loaded.get()) {
            camera.set(MapCamera.fit(shown, width, height));
            workflow.requestFrame();
        }
    }

    /** Picks the item drawn nearest the clicked pixel of the view, if any is within reach. */
    public Optional<LocatedItem> clickAt(double x, double y) {
        if (camera.get() == null) {
            return Optional.empty();
        }
        Optional<LocatedItem> hit = PointPicker.nearest(items, shown, camera.get().viewport(), x, y);
        select(hit.orElse(null));
        return hit;
    }

    private void select(LocatedItem item) {
        selected.set(item);
        source.set(item == null ? "" : details(item));
    }

    /** The source of the picked item: where it was read from, when, and what the map says about it. */
    String details(LocatedItem item) {
        String time = item.point().time() == null ? messages.text("map.time.unknown")
                : timeFormat.format(item.point().time());
        String position = String.format(Locale.ROOT, "%.5f, %.5f", item.point().lat(), item.point().lon());
        return messages.format("map.source.details", item.exhibitRef(), item.exhibitName(),
                item.locator().isEmpty() ? "—" : item.locator(), mapTexts.kind(item.point().kind()), time, position,
                item.point().label());
    }

    /** Whether "open source" selects the exhibit in the evidence view (else it shows the details). */
    public boolean opensInEvidenceView() {
        return opener != null;
    }

    /** Opens the picked item's exhibit in the evidence view; without one, returns the details to show. */
    public Optional<String> openSource() {
        LocatedItem item = selected.get();
        if (item == null) {
            return Optional.empty();
        }
        if (opener != null) {
            opener.open(item.exhibitId());
            return Optional.empty();
        }
        return Optional.of(source.get());
    }

    /** Writes what is shown (same layers and time window) to {@code out} in the background; audited. */
    public void export(Path out) {
        MapModel snapshot = shown;
        status.set(messages.format("map.exporting", out.getFileName()));
        workflow.export(snapshot, out, done -> status.set(messages.format("map.exported", done.getFileName(),
                CaseMapExport.format(done))), failure -> status.set(describe(failure)));
    }

    /** Adds a user layer (protected areas, patrol tracks) read in the background. */
    public void importLayer(Path file) {
        workflow.importLayer(file, layers -> {
            userLayers.addAll(layers);
            int features = layers.stream().mapToInt(l -> l.features().size()).sum();
            redraw();
            status.set(messages.format("map.layerAdded", file.getFileName(), features));
        }, failure -> status.set(describe(failure)));
    }

    private String describe(Throwable failure) {
        if (failure instanceof MapException) {
            return mapTexts.message((MapException) failure);
        }
        return errors.logAndDescribe(failure).text();
    }

    public ReadOnlyObjectProperty<MapFrame> frameProperty() {
        return frame;
    }

    public ReadOnlyObjectProperty<MapCamera> cameraProperty() {
        return camera;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty sourceProperty() {
        return source;
    }

    public ReadOnlyObjectProperty<LocatedItem> selectedProperty() {
        return selected;
    }

    public BooleanProperty basemapProperty() {
        return basemap;
    }

    public BooleanProperty routesProperty() {
        return routes;
    }

    public BooleanProperty heatProperty() {
        return heat;
    }

    public DoubleProperty timeFromProperty() {
        return timeFrom;
    }

    public DoubleProperty timeToProperty() {
        return timeTo;
    }

    public ReadOnlyObjectProperty<TimeRange> timeRangeProperty() {
        return timeRange;
    }

    public ObservableList<KindToggle> kinds() {
        return kinds;
    }

    public AreaDraft draft() {
        return draft;
    }

    public MapAreas areas() {
        return areas;
    }

    public MapHotspots hotspots() {
        return hotspots;
    }

    public MapPlaces places() {
        return places;
    }

    /** Where the map looks now; null before the case's items are read. */
    MapCamera camera() {
        return camera.get();
    }

    /** A point in time as the view shows it (time slider labels). */
    public String formatTime(double epochMillis) {
        return timeFormat.format(Instant.ofEpochMilli(Math.round(epochMillis)));
    }

    /** What is shown now (for tests and the export). */
    MapModel shown() {
        return shown;
    }
}
