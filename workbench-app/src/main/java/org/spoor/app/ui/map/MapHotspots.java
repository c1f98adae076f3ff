package org.spoor.app.ui.map;

import java.util.List;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.hotspot.HotspotCluster;
import org.spoor.mapping.hotspot.HotspotFinder;

/**
 * The ranked hotspots of the shown items, found in the background whenever the shown items or the
 * radius change. Requests made while one search runs collapse into one more search with the latest
 * items, as frames do. Methods are called on the FX thread.
 */
public final class MapHotspots {

    static final int MIN_ITEMS = 3;

    private final MapWorkflow workflow;
    private final Runnable found;
    private final ObservableList<HotspotCluster> ranked = FXCollections.observableArrayList();
    private final DoubleProperty radiusKm = new SimpleDoubleProperty(1.0);
    private List<EvidencePoint> latest = List.of();
    private boolean searching;
    private boolean again;

    MapHotspots(MapWorkflow workflow, Runnable found) {
        this.workflow = workflow;
        this.found = found;
        radiusKm.addListener((o, was, now) -> search(latest));
    }

    void search(List<EvidencePoint> points) {
        latest = points;
        if (searching) {
            again = true;
            return;
        }
        searching = true;
        List<EvidencePoint> these = points;
        double radius = radiusKm.get();
        workflow.background(() -> new HotspotFinder(radius, MIN_ITEMS, workflow.resources().nearestPlace())
                .find(these), result -> {
                    ranked.setAll(result);
                    done();
                    found.run();
                }, failure -> done());
    }

    private void done() {
        searching = false;
        if (again) {
            again = false;
            search(latest);
        }
    }

    public ObservableList<HotspotCluster> ranked() {
        return ranked;
    }

    public DoubleProperty radiusKmProperty() {
        return radiusKm;
    }
}
