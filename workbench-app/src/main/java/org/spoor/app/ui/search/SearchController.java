package org.spoor.app.ui.search;

import java.util.function.Function;

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

import org.spoor.search.saved.SavedSearch;

/** The search view: query bar and filters above, the hits with marked snippets below. */
public final class SearchController {

    private final SearchViewModel model;
    private final SavedSearches saved;

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

    @FXML
    private ComboBox<SavedSearch> savedSearchChoice;
    @FXML
    private TextField saveNameField;
    @FXML
    private Button saveSearchButton;
    @FXML
    private Button deleteSavedButton;

    public SearchController(SearchViewModel model, SavedSearches saved) {
        this.model = model;
        this.saved = saved;
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
        savedSearchChoice.setItems(saved.all());
        savedSearchChoice.setConverter(labels(SavedSearch::name, null));
        savedSearchChoice.valueProperty().addListener((o, was, now) -> model.apply(now));
        saveSearchButton.disableProperty().bind(saveNameField.textProperty().isEmpty());
        deleteSavedButton.disableProperty().bind(savedSearchChoice.valueProperty().isNull());
        saved.reload();
        resultList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
    }

    private static StringConverter<String> labels(Function<String, String> label) {
        return labels(label, text -> text);
    }

    private static <T> StringConverter<T> labels(Function<T, String> label, Function<String, T> parse) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return parse == null ? null : parse.apply(text);
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

    @FXML
    private void saveSearch() {
        saved.save(saveNameField.getText(), model.query());
        saveNameField.clear();
    }

    @FXML
    private void deleteSaved() {
        SavedSearch chosen = savedSearchChoice.getValue();
        if (chosen != null) {
            savedSearchChoice.setValue(null);
            saved.delete(chosen);
        }
    }
}
