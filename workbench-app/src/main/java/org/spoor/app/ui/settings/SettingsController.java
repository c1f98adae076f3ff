package org.spoor.app.ui.settings;

import java.util.Locale;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;

import org.spoor.app.ui.common.UiLanguages;

/** The settings dialog. */
public final class SettingsController {

    private final SettingsViewModel model;

    @FXML
    private ComboBox<Locale> languageChoice;
    @FXML
    private Button applySettingsButton;
    @FXML
    private Button cancelSettingsButton;

    public SettingsController(SettingsViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        languageChoice.getItems().setAll(model.languages());
        languageChoice.setCellFactory(list -> new LanguageCell());
        languageChoice.setButtonCell(new LanguageCell());
        languageChoice.valueProperty().bindBidirectional(model.languageProperty());
    }

    @FXML
    private void apply() {
        window().close();
        model.apply();
    }

    @FXML
    private void cancel() {
        window().close();
    }

    private Stage window() {
        return (Stage) applySettingsButton.getScene().getWindow();
    }

    /** Each language in its own name, so a user lost in a foreign one still finds theirs. */
    private static final class LanguageCell extends ListCell<Locale> {
        @Override
        protected void updateItem(Locale language, boolean empty) {
            super.updateItem(language, empty);
            setText(empty || language == null ? null : UiLanguages.nativeName(language));
        }
    }
}
