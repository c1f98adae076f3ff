package org.spoor.app.ui.map;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;

import org.controlsfx.control.RangeSlider;
import org.spoor.app.ui.common.Messages;
import org.spoor.ingest.located.PlaceMention;
import org.spoor.mapping.MapException;
import org.spoor.mapping.hotspot.HotspotCluster;

/**
 * The map view: the picture the view-model paints, dragged to pan and scrolled to zoom; layer
 * switches, the time slider, the picked item's source, export and user layers; drawing an area of
 * interest (polygon: click the corners, double-click or Enter to close; rectangle: drag; Esc drops it),
 * the areas, hotspots and places-to-review lists beside the map.
 */
public final class MapController {

    /** A press that moves less than this is a click, not a drag. */
    private static final double CLICK_SLOP = 4;

    private final MapViewModel model;
    private final Messages messages;
    private final MapFiles files;
    private double lastX;
    private double lastY;
    private double travelled;
    private boolean draggingRectangle;
    private AreaSketch sketch;

    @FXML
    private Pane mapPane;
    @FXML
    private ImageView mapImage;
    @FXML
    private ProgressIndicator mapLoadingIndicator;
    @FXML
    private CheckBox basemapToggle;
    @FXML
    private CheckBox routesToggle;
    @FXML
    private CheckBox heatToggle;
    @FXML
    private VBox kindToggles;
    @FXML
    private RangeSlider timeSlider;
    @FXML
    private Label timeFromLabel;
    @FXML
    private Label timeToLabel;
    @FXML
    private TextArea sourceDetails;
    @FXML
    private Button openSourceButton;
    @FXML
    private Label mapStatusLabel;
    @FXML
    private Polyline areaSketch;
    @FXML
    private CheckBox areasToggle;
    @FXML
    private Button placeConfirmButton;
    @FXML
    private Button placeRejectButton;
    @FXML
    private ListView<AreaRow> areaList;
    @FXML
    private CheckBox onlyInsideToggle;
    @FXML
    private Button renameAreaButton;
    @FXML
    private Button deleteAreaButton;
    @FXML
    private ComboBox<Double> hotspotRadius;
    @FXML
    private ListView<HotspotCluster> hotspotList;
    @FXML
    private ListView<PlaceMention> placeList;
    @FXML
    private ProgressIndicator placesLoadingIndicator;
    @FXML
    private TextField placeReasonField;
    @FXML
    private Button confirmPlaceButton;
    @FXML
    private Button rejectPlaceButton;

    public MapController(MapViewModel model, Messages messages, MapFiles files) {
        this.model = model;
        this.messages = messages;
        this.files = files;
    }

    @FXML
    private void initialize() {
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(mapPane.widthProperty());
        clip.heightProperty().bind(mapPane.heightProperty());
        mapPane.setClip(clip);
        mapPane.widthProperty().addListener((o, was, now) -> model.resize(now.doubleValue(), mapPane.getHeight()));
        mapPane.heightProperty().addListener((o, was, now) -> model.resize(mapPane.getWidth(), now.doubleValue()));
        model.frameProperty().addListener((o, was, now) -> showFrame());
        model.cameraProperty().addListener((o, was, now) -> placeFrame());
        mapPane.setOnMousePressed(this::pressed);
        mapPane.setOnMouseDragged(this::dragged);
        mapPane.setOnMouseReleased(this::released);
        mapPane.setOnScroll(this::scrolled);
        mapPane.setOnMouseMoved(this::moved);
        mapPane.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        sketch = new AreaSketch(areaSketch);
        model.draft().changesProperty().addListener((o, was, now) -> sketch.show(model.draft(), model.camera()));
        model.cameraProperty().addListener((o, was, now) -> sketch.show(model.draft(), model.camera()));
        sidePanels();

        basemapToggle.selectedProperty().bindBidirectional(model.basemapProperty());
        routesToggle.selectedProperty().bindBidirectional(model.routesProperty());
        heatToggle.selectedProperty().bindBidirectional(model.heatProperty());
        model.kinds().addListener((ListChangeListener<KindToggle>) change -> showKinds());
        showKinds();

        model.timeRangeProperty().addListener((o, was, now) -> showTimeRange(now));
        showTimeRange(model.timeRangeProperty().get());
        timeSlider.lowValueProperty().bindBidirectional(model.timeFromProperty());
        timeSlider.highValueProperty().bindBidirectional(model.timeToProperty());
        timeFromLabel.textProperty().bind(Bindings.createStringBinding(() -> timeLabel(model.timeFromProperty()
                .get()), model.timeFromProperty(), model.timeRangeProperty()));
        timeToLabel.textProperty().bind(Bindings.createStringBinding(() -> timeLabel(model.timeToProperty().get()),
                model.timeToProperty(), model.timeRangeProperty()));

        sourceDetails.textProperty().bind(model.sourceProperty());
        openSourceButton.disableProperty().bind(model.selectedProperty().isNull());
        mapStatusLabel.textProperty().bind(model.statusProperty());
        mapLoadingIndicator.visibleProperty().bind(model.loadingProperty());
        model.load();
    }

    private void sidePanels() {
        MapSidePanels texts = new MapSidePanels(messages);
        areasToggle.selectedProperty().bindBidirectional(model.areas().shownProperty());
        javafx.beans.binding.BooleanBinding noPlace = Bindings.createBooleanBinding(() -> model.selectedProperty()
                .get() == null || model.selectedProperty().get().place() == null, model.selectedProperty());
        placeConfirmButton.disableProperty().bind(noPlace);
        placeRejectButton.disableProperty().bind(noPlace);

        texts.bindAreas(model, areaList, onlyInsideToggle, renameAreaButton, deleteAreaButton);
        texts.bindHotspots(model, hotspotRadius, hotspotList);
        texts.bindPlaces(model, placeList, placesLoadingIndicator, confirmPlaceButton, rejectPlaceButton);
    }

    private String timeLabel(double millis) {
        return model.timeRangeProperty().get().isEmpty() ? messages.text("map.time.none") : model.formatTime(millis);
    }

    private void showTimeRange(TimeRange range) {
        timeSlider.setDisable(range.isEmpty());
        if (!range.isEmpty()) {
            timeSlider.setMax(Math.max(range.last(), timeSlider.getMin()));
            timeSlider.setMin(range.first());
            timeSlider.setMax(range.last());
        }
    }

    private void showKinds() {
        kindToggles.getChildren().clear();
        for (KindToggle kind : model.kinds()) {
            CheckBox box = new CheckBox(kind.text());
            box.setId("kind-" + kind.kind());
            box.getStyleClass().addAll("kind-toggle", "kind-" + kind.kind().replace('_', '-'));
            box.selectedProperty().bindBidirectional(kind.shownProperty());
            kindToggles.getChildren().add(box);
        }
    }

    private void showFrame() {
        MapFrame frame = model.frameProperty().get();
        mapImage.setImage(frame == null ? null : frame.image());
        placeFrame();
    }

    /** Between frames, the last picture follows a drag by shifting; a zoom waits for its own frame. */
    private void placeFrame() {
        MapFrame frame = model.frameProperty().get();
        MapCamera camera = model.cameraProperty().get();
        double[] offset = frame == null || camera == null ? null : camera.offsetFrom(frame.viewport());
        mapImage.setTranslateX(offset == null ? 0 : offset[0]);
        mapImage.setTranslateY(offset == null ? 0 : offset[1]);
    }

    private void pressed(MouseEvent event) {
        lastX = event.getX();
        lastY = event.getY();
        travelled = 0;
        mapPane.requestFocus();
        draggingRectangle = model.draft().modeProperty().get() == AreaDraft.Mode.RECTANGLE
                && model.camera() != null;
        if (draggingRectangle) {
            model.draft().addCorner(model.camera().lonLatAt(event.getX(), event.getY()));
        }
    }

    private void dragged(MouseEvent event) {
        if (draggingRectangle) {
            model.draft().pointerAt(model.camera().lonLatAt(event.getX(), event.getY()));
            return;
        }
        double dx = event.getX() - lastX;
        double dy = event.getY() - lastY;
        travelled += Math.abs(dx) + Math.abs(dy);
        lastX = event.getX();
        lastY = event.getY();
        model.pan(dx, dy);
    }

    private void released(MouseEvent event) {
        if (draggingRectangle) {
            draggingRectangle = false;
            model.draft().pointerAt(model.camera().lonLatAt(event.getX(), event.getY()));
            finishArea();
        } else if (travelled < CLICK_SLOP && model.draft().drawing() && model.camera() != null) {
            if (event.getClickCount() >= 2) {
                finishArea();
            } else {
                model.draft().addCorner(model.camera().lonLatAt(event.getX(), event.getY()));
            }
        } else if (travelled < CLICK_SLOP) {
            model.clickAt(event.getX(), event.getY());
        }
    }

    private void moved(MouseEvent event) {
        if (model.draft().drawing() && model.camera() != null) {
            model.draft().pointerAt(model.camera().lonLatAt(event.getX(), event.getY()));
        }
    }

    private void keyPressed(KeyEvent event) {
        if (!model.draft().drawing()) {
            return;
        }
        if (event.getCode() == KeyCode.ENTER) {
            finishArea();
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            model.draft().cancel();
            event.consume();
        }
    }

    /** Closes the drawn outline and asks its name; the area is stored (and audited) once named. */
    private void finishArea() {
        try {
            model.draft().finish().ifPresent(outline -> new AreaNameDialog(messages)
                    .ask(mapPane.getScene().getWindow(), "", "")
                    .ifPresent(named -> model.areas().create(named.name(), named.note(), outline,
                            area -> areaList.getItems().stream().filter(r -> r.area().id().equals(area.id()))
                                    .findFirst().ifPresent(r -> areaList.getSelectionModel().select(r)))));
        } catch (MapException crossed) {
            model.areas().report(crossed);
        }
    }

    @FXML
    private void drawPolygon() {
        model.draft().start(AreaDraft.Mode.POLYGON);
        mapPane.requestFocus();
    }

    @FXML
    private void drawRectangle() {
        model.draft().start(AreaDraft.Mode.RECTANGLE);
        mapPane.requestFocus();
    }

    @FXML
    private void renameArea() {
        AreaRow row = areaList.getSelectionModel().getSelectedItem();
        if (row != null) {
            new AreaNameDialog(messages).ask(mapPane.getScene().getWindow(), row.area().name(), row.area().note())
                    .ifPresent(named -> model.areas().rename(row, named.name(), named.note()));
        }
    }

    @FXML
    private void deleteArea() {
        AreaRow row = areaList.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.format("map.area.delete.ask",
                row.area().name()), ButtonType.OK, ButtonType.CANCEL);
        ask.setTitle("Spoor — " + messages.text("map.area.delete"));
        ask.initOwner(mapPane.getScene().getWindow());
        ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> model.areas().delete(row));
    }

    @FXML
    private void loadPlaces() {
        model.places().load();
    }

    @FXML
    private void confirmPlace() {
        decide(placeList.getSelectionModel().getSelectedItem(), true);
    }

    @FXML
    private void rejectPlace() {
        decide(placeList.getSelectionModel().getSelectedItem(), false);
    }

    @FXML
    private void confirmPickedPlace() {
        decide(model.selectedProperty().get() == null ? null : model.selectedProperty().get().place(), true);
    }

    @FXML
    private void rejectPickedPlace() {
        decide(model.selectedProperty().get() == null ? null : model.selectedProperty().get().place(), false);
    }

    /** Records the decision with the reason typed beside the list (audited), then reads the map again. */
    private void decide(PlaceMention place, boolean confirm) {
        if (place != null) {
            model.places().decide(place, confirm, placeReasonField.getText());
            placeReasonField.clear();
        }
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            model.zoom(event.getDeltaY() > 0 ? 1 : -1, event.getX(), event.getY());
        }
        event.consume();
    }

    @FXML
    private void zoomIn() {
        model.zoomCentre(1);
    }

    @FXML
    private void zoomOut() {
        model.zoomCentre(-1);
    }

    @FXML
    private void fitAll() {
        model.fitAll();
    }

    @FXML
    private void exportMap() {
        files.exportTo(mapPane.getScene().getWindow(), "map.geojson").ifPresent(model::export);
    }

    @FXML
    private void importLayer() {
        files.layerToAdd(mapPane.getScene().getWindow()).ifPresent(model::importLayer);
    }

    @FXML
    private void openSource() {
        model.openSource().ifPresent(details -> {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, details, ButtonType.OK);
            alert.setTitle("Spoor — " + messages.text("map.source.title"));
            alert.setHeaderText(messages.text("map.source.title"));
            alert.getDialogPane().setId("mapSourceDialog");
            alert.initOwner(mapPane.getScene().getWindow());
            alert.show();
        });
    }
}
