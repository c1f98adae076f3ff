package org.spoor.app.ui.network;

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
import javafx.scene.layout.Pane;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;

/** The network place: the graph on a canvas that follows the window's size, and its links as a table. */
public final class NetworkController {

    private final NetworkViewModel model;
    private final CurrentLanguage language;

    @FXML
    private Pane networkCanvasHolder;
    @FXML
    private Canvas networkCanvas;
    @FXML
    private Label networkSummaryLabel;
    @FXML
    private ProgressIndicator networkLoadingIndicator;
    @FXML
    private Button refreshNetworkButton;
    @FXML
    private TableView<LinkRow> linkTable;
    @FXML
    private TableColumn<LinkRow, String> linkFromColumn;
    @FXML
    private TableColumn<LinkRow, String> linkToColumn;
    @FXML
    private TableColumn<LinkRow, Number> linkMessagesColumn;
    @FXML
    private TableColumn<LinkRow, Number> linkCallsColumn;
    @FXML
    private TableColumn<LinkRow, Number> linkContactsColumn;

    public NetworkController(NetworkViewModel model, CurrentLanguage language) {
        this.model = model;
        this.language = language;
    }

    @FXML
    private void initialize() {
        Messages messages = language.messages();
        networkCanvas.widthProperty().bind(networkCanvasHolder.widthProperty());
        networkCanvas.heightProperty().bind(networkCanvasHolder.heightProperty());
        networkCanvas.widthProperty().addListener((o, was, now) -> redraw());
        networkCanvas.heightProperty().addListener((o, was, now) -> redraw());
        model.pictureProperty().addListener((o, was, now) -> redraw());

        linkTable.setItems(model.links());
        text(linkFromColumn, LinkRow::from);
        text(linkToColumn, LinkRow::to);
        linkMessagesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().messages()));
        linkCallsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().calls()));
        linkContactsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().contacts()));

        networkSummaryLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.format(
                "network.summary", model.pictureProperty().get().graph().nodes().size(),
                model.pictureProperty().get().graph().links().size()), model.pictureProperty()));
        networkLoadingIndicator.visibleProperty().bind(model.loadingProperty());
        refreshNetworkButton.disableProperty().bind(model.loadingProperty());
        model.refresh();
    }

    private void redraw() {
        NetworkCanvas.draw(networkCanvas, model.pictureProperty().get());
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}
