package org.spoor.app.ui.search;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;

import org.spoor.app.ui.common.Messages;
import org.spoor.search.watch.WatchList;

/** The watch-lists tab of the search view: the lists, editing one, and where its entries turned up. */
public final class WatchListsController {

    private final WatchListsViewModel model;
    private final Messages messages;

    @FXML
    private ListView<WatchList> watchListList;
    @FXML
    private TextField watchNameField;
    @FXML
    private TextArea watchEntriesArea;
    @FXML
    private Button saveWatchListButton;
    @FXML
    private Button deleteWatchListButton;
    @FXML
    private ListView<SearchResultRow> watchHitList;

    public WatchListsController(WatchListsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        watchListList.setItems(model.all());
        watchListList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WatchList item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null
                        : messages.format("watch.list.label", item.name(), item.entries().size()));
            }
        });
        watchListList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((o, was, now) -> {
            if (now == null) {
                watchListList.getSelectionModel().clearSelection();
            }
        });
        watchNameField.textProperty().bindBidirectional(model.nameProperty());
        watchEntriesArea.textProperty().bindBidirectional(model.entriesProperty());
        saveWatchListButton.disableProperty().bind(watchNameField.textProperty().isEmpty()
                .or(watchEntriesArea.textProperty().isEmpty()));
        deleteWatchListButton.disableProperty().bind(model.selectedProperty().isNull());
        watchHitList.setItems(model.hits());
        watchHitList.setCellFactory(list -> new SearchHitCell());
        watchHitList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                model.open(watchHitList.getSelectionModel().getSelectedItem());
            }
        });
        model.reload();
    }

    @FXML
    private void save() {
        model.save();
    }

    @FXML
    private void delete() {
        model.delete();
    }
}
