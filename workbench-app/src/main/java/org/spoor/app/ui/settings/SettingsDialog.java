package org.spoor.app.ui.settings;

import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Callback;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Views;

/** Shows the settings dialog. */
public final class SettingsDialog {

    private final Views views;
    private final Callback<Class<?>, Object> controllers;
    private final DialogStyler styler;
    private final CurrentLanguage language;

    public SettingsDialog(Views views, Callback<Class<?>, Object> controllers, DialogStyler styler,
                          CurrentLanguage language) {
        this.views = views;
        this.controllers = controllers;
        this.styler = styler;
        this.language = language;
    }

    public void show(Window owner) {
        Views.Loaded<SettingsController> loaded = views.load("settings/settings.fxml", controllers);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Spoor — " + language.messages().text("settings.title"));
        Scene scene = new Scene(loaded.root());
        styler.style(scene.getStylesheets());
        stage.setScene(scene);
        stage.setResizable(false);
        stage.show();
    }
}
