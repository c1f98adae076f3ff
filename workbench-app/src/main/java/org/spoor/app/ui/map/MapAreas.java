package org.spoor.app.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.locationtech.jts.geom.Polygon;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.area.AreaCounts;
import org.spoor.mapping.area.MapArea;

/**
 * The areas of interest of the open case: the list beside the map with the items inside each, the
 * selected area (the map zooms to it and can show only what lies inside), and drawing, renaming and
 * removing areas in the background (each audited by the case). Methods are called on the FX thread.
 */
public final class MapAreas {

    private final MapWorkflow workflow;
    private final Runnable changed;
    private final Consumer<Throwable> failed;
    private final ObservableList<AreaRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AreaRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty onlyInside = new SimpleBooleanProperty();
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private List<MapArea> areas = List.of();

    MapAreas(MapWorkflow workflow, Runnable changed, Consumer<Throwable> failed) {
        this.workflow = workflow;
        this.changed = changed;
        this.failed = failed;
        onlyInside.addListener((o, was, now) -> changed.run());
        shown.addListener((o, was, now) -> changed.run());
        selected.addListener((o, was, now) -> {
            if (onlyInside.get() && !id(was).equals(id(now))) {
                changed.run();
            }
        });
    }

    private static String id(AreaRow row) {
        return row == null ? "" : row.area().id();
    }

    void show(List<MapArea> read) {
        areas = List.copyOf(read);
        changed.run();
    }

    /** Counts again what lies inside each area (the shown items change with the time window and kinds). */
    void recount(List<EvidencePoint> points) {
        String keep = selected.get() == null ? null : selected.get().area().id();
        AreaCounts counts = new AreaCounts();
        List<AreaRow> next = new ArrayList<>();
        for (MapArea a : areas) {
            next.add(new AreaRow(a, counts.count(a, points)));
        }
        rows.setAll(next);
        selected.set(next.stream().filter(r -> r.area().id().equals(keep)).findFirst().orElse(null));
    }

    /** The points to show: only those inside the selected area while "only inside" is on. */
    List<EvidencePoint> filter(List<EvidencePoint> points) {
        AreaRow row = selected.get();
        return onlyInside.get() && row != null ? new AreaCounts().inside(row.area(), points) : points;
    }

    /** The areas to draw: none while the layer is off. */
    List<MapArea> drawn() {
        return shown.get() ? areas : List.of();
    }

    public void create(String name, String note, Polygon outline, Consumer<MapArea> done) {
        workflow.background(() -> workflow.source().createArea(name, note, outline), area -> {
            List<MapArea> next = new ArrayList<>(areas);
            next.add(area);
            areas = next;
            changed.run();
            done.accept(area);
        }, failed);
    }

    public void rename(AreaRow row, String name, String note) {
        workflow.background(() -> workflow.source().renameArea(row.area().id(), name, note), area -> {
            areas = areas.stream().map(a -> a.id().equals(area.id()) ? area : a).toList();
            changed.run();
        }, failed);
    }

    public void delete(AreaRow row) {
        workflow.background(() -> {
            workflow.source().deleteArea(row.area().id());
            return row.area().id();
        }, id -> {
            areas = areas.stream().filter(a -> !a.id().equals(id)).toList();
            if (selected.get() != null && selected.get().area().id().equals(id)) {
                selected.set(null);
            }
            changed.run();
        }, failed);
    }

    /** Says why a drawn outline could not be kept (it crosses itself). */
    public void report(Throwable problem) {
        failed.accept(problem);
    }

    public ObservableList<AreaRow> rows() {
        return rows;
    }

    public ObjectProperty<AreaRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty onlyInsideProperty() {
        return onlyInside;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
