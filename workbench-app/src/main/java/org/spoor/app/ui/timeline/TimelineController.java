package org.spoor.app.ui.timeline;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Pane;

import org.spoor.app.ui.audit.AuditRowFormat;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;

/** The timeline place: lanes of events on a zoomable time axis (wheel zooms, drag pans) and their list. */
public final class TimelineController {

    private final TimelineViewModel model;
    private final CurrentLanguage language;
    private double dragStartX = Double.NaN;

    @FXML
    private Pane timelineCanvasHolder;
    @FXML
    private Canvas timelineCanvas;
    @FXML
    private Label timelineSummaryLabel;
    @FXML
    private ProgressIndicator timelineLoadingIndicator;
    @FXML
    private Button zoomInButton;
    @FXML
    private Button zoomOutButton;
    @FXML
    private Button fitTimelineButton;
    @FXML
    private TableView<TimelineRow> timelineTable;
    @FXML
    private TableColumn<TimelineRow, String> eventTimeColumn;
    @FXML
    private TableColumn<TimelineRow, String> eventLaneColumn;
    @FXML
    private TableColumn<TimelineRow, String> eventLabelColumn;
    @FXML
    private TableColumn<TimelineRow, String> eventSourceColumn;

    public TimelineController(TimelineViewModel model, CurrentLanguage language) {
        this.model = model;
        this.language = language;
    }

    @FXML
    private void initialize() {
        Messages messages = language.messages();
        timelineCanvas.widthProperty().bind(timelineCanvasHolder.widthProperty());
        timelineCanvas.heightProperty().bind(timelineCanvasHolder.heightProperty());
        timelineCanvas.widthProperty().addListener((o, was, now) -> redraw());
        timelineCanvas.heightProperty().addListener((o, was, now) -> redraw());
        model.axisProperty().addListener((o, was, now) -> redraw());
        timelineCanvas.addEventHandler(ScrollEvent.SCROLL, this::zoomAtMouse);
        timelineCanvas.addEventHandler(MouseEvent.MOUSE_PRESSED, event -> dragStartX = event.getX());
        timelineCanvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);

        timelineTable.setItems(model.visibleRows());
        eventTimeColumn.setText(messages.format("timeline.column.time", new AuditRowFormat(model.zone()).zoneLabel()));
        text(eventTimeColumn, TimelineRow::time);
        text(eventLaneColumn, TimelineRow::lane);
        text(eventLabelColumn, TimelineRow::label);
        text(eventSourceColumn, TimelineRow::citation);
        timelineSummaryLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.format(
                "timeline.summary", model.visibleRows().size(), model.events().size()),
                model.visibleRows(), model.events()));
        timelineLoadingIndicator.visibleProperty().bind(model.loadingProperty());
        model.refresh();
    }

    private double plotWidth() {
        return Math.max(1, timelineCanvas.getWidth() - TimelineCanvas.LANE_LABEL_WIDTH);
    }

    private void zoomAtMouse(ScrollEvent event) {
        if (event.getDeltaY() == 0) {
            return;
        }
        double anchor = Math.min(1, Math.max(0, (event.getX() - TimelineCanvas.LANE_LABEL_WIDTH) / plotWidth()));
        model.zoom(event.getDeltaY() > 0 ? 0.8 : 1.25, anchor);
        event.consume();
    }

    private void drag(MouseEvent event) {
        if (Double.isNaN(dragStartX)) {
            return;
        }
        model.pan((dragStartX - event.getX()) / plotWidth());
        dragStartX = event.getX();
    }

    private void redraw() {
        TimelineCanvas.draw(timelineCanvas, model);
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void zoomIn() {
        model.zoomIn();
    }

    @FXML
    private void zoomOut() {
        model.zoomOut();
    }

    @FXML
    private void fit() {
        model.fit();
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}
