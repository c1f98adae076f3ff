package org.spoor.app.ui.map;

import java.util.Locale;
import java.util.function.Function;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;

import org.spoor.app.ui.common.Messages;
import org.spoor.ingest.located.PlaceMention;
import org.spoor.mapping.hotspot.HotspotCluster;

/**
 * The lists beside the map: areas with their counts (a selection zooms to the area), ranked hotspots
 * (a click zooms to one) and places to review with their snippets; how each line reads.
 */
final class MapSidePanels {

    private final Messages messages;

    MapSidePanels(Messages messages) {
        this.messages = messages;
    }

    String area(AreaRow row) {
        String note = row.area().note().isEmpty() ? "" : "\n" + row.area().note();
        return messages.format("map.areas.row", row.area().name(), row.inside()) + note;
    }

    String hotspot(HotspotCluster h) {
        String span = h.from() == null ? messages.text("map.time.unknown") : h.from() + " – " + h.to();
        return messages.format("map.hotspots.row", h.rank(), h.count(), h.kindsText(),
                h.nearestPlace().isEmpty() ? "—" : h.nearestPlace(), String.format(Locale.ROOT, "%.1f", h.placeKm()),
                span);
    }

    String place(PlaceMention p) {
        return messages.format("map.places.row", p.matched(), p.placeName(), p.place().kind().replace('_', ' '),
                p.place().country(), Math.round(p.confidence() * 100), p.snippet(), p.key().exhibitRef());
    }

    void bindAreas(MapViewModel model, ListView<AreaRow> list, CheckBox onlyInside, Button rename, Button delete) {
        cells(list, this::area);
        list.setItems(model.areas().rows());
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            model.areas().selectedProperty().set(now);
            if (now != null && (was == null || !was.area().id().equals(now.area().id()))) {
                model.zoomTo(now);
            }
        });
        onlyInside.selectedProperty().bindBidirectional(model.areas().onlyInsideProperty());
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    }

    void bindHotspots(MapViewModel model, ComboBox<Double> radius, ListView<HotspotCluster> list) {
        radius.getItems().setAll(0.5, 1.0, 2.0, 5.0, 10.0, 25.0);
        radius.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.hotspots().radiusKmProperty().set(now);
            }
        });
        radius.setValue(model.hotspots().radiusKmProperty().get());
        cells(list, this::hotspot);
        list.setItems(model.hotspots().ranked());
        list.setOnMouseClicked(e -> {
            HotspotCluster h = list.getSelectionModel().getSelectedItem();
            if (h != null) {
                model.zoomTo(h);
            }
        });
    }

    void bindPlaces(MapViewModel model, ListView<PlaceMention> list, ProgressIndicator loading, Button confirm,
                    Button reject) {
        cells(list, this::place);
        list.setItems(model.places().toReview());
        loading.visibleProperty().bind(model.places().loadingProperty());
        confirm.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        reject.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
    }

    static <T> void cells(ListView<T> list, Function<T, String> text) {
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
    }
}
