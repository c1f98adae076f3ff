package org.spoor.app.ui.map;

import java.util.Comparator;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.ingest.located.PlaceMention;

/**
 * The places to review: place names found in the case's text and seizure records, geocoded with a
 * confidence and not yet confirmed or rejected, least sure first. A decision is recorded in the
 * background; then the map is read again (a rejected place leaves it, a confirmed one shows as such).
 */
public final class MapPlaces {

    private final MapWorkflow workflow;
    private final Runnable decided;
    private final Consumer<Throwable> failed;
    private final ObservableList<PlaceMention> toReview = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    MapPlaces(MapWorkflow workflow, Runnable decided, Consumer<Throwable> failed) {
        this.workflow = workflow;
        this.decided = decided;
        this.failed = failed;
    }

    /** Reads the case's text for place names (slow on a large case). */
    public void load() {
        loading.set(true);
        workflow.background(() -> workflow.source().places().stream().filter(p -> !p.reviewed())
                .sorted(Comparator.comparingDouble(PlaceMention::confidence)).toList(), list -> {
                    toReview.setAll(list);
                    loading.set(false);
                }, failure -> {
                    loading.set(false);
                    failed.accept(failure);
                });
    }

    public void confirm(PlaceMention place, String reason) {
        decide(place, true, reason);
    }

    public void reject(PlaceMention place, String reason) {
        decide(place, false, reason);
    }

    /** Confirms ({@code confirm}) or rejects a place, with the investigator's reason. */
    public void decide(PlaceMention place, boolean confirm, String reason) {
        workflow.background(() -> workflow.source().decide(place, confirm, reason), done -> {
            toReview.removeIf(p -> p.key().equals(done.key()));
            decided.run();
        }, failed);
    }

    public ObservableList<PlaceMention> toReview() {
        return toReview;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
