package org.spoor.app.ui.search;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;

/** The search view: query bar and filters above, the hits with marked snippets below. */
public final class SearchController {

    private final SearchViewModel model;

    @FXML
    private TextField queryField;
    @FXML
    private Button searchButton;
    @FXML
    private ComboBox<String> kindChoice;
    @FXML
    private DatePicker fromPicker;
    @FXML
    private DatePicker toPicker;
    @FXML
    private TextField custodianFilterField;
    @FXML
    private ComboBox<String> languageChoice;
    @FXML
    private Label searchSummaryLabel;
    @FXML
    private ProgressIndicator searchingIndicator;
    @FXML
    private ListView<SearchResultRow> resultList;

    public SearchController(SearchViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        queryField.textProperty().bindBidirectional(model.queryProperty());
        kindChoice.getItems().setAll(SearchViewModel.KINDS);
        kindChoice.setConverter(labels(model::kindName));
        kindChoice.valueProperty().bindBidirectional(model.kindProperty());
        languageChoice.getItems().setAll(SearchViewModel.LANGUAGES);
        languageChoice.setConverter(labels(model::languageName));
        languageChoice.valueProperty().bindBidirectional(model.languageProperty());
        fromPicker.valueProperty().bindBidirectional(model.fromProperty());
        toPicker.valueProperty().bindBidirectional(model.toProperty());
        custodianFilterField.textProperty().bindBidirectional(model.custodianProperty());
        searchSummaryLabel.textProperty().bind(model.summaryProperty());
        searchingIndicator.visibleProperty().bind(model.searchingProperty());
        searchButton.disableProperty().bind(model.searchingProperty());
        resultList.setItems(model.results());
        resultList.setCellFactory(list -> new SearchHitCell());
        resultList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        resultList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    private static StringConverter<String> labels(java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return label.apply(value);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        };
    }

    private void openSelected() {
        model.open(resultList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void search() {
        model.search();
    }

    @FXML
    private void openHit() {
        openSelected();
    }
}
