package org.spoor.app.ui.start;

import java.nio.file.Path;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Callback;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Views;

/** Shows the new-case and open-case dialogs over the start screen. */
public final class CaseDialogs {

    private final Views views;
    private final Callback<Class<?>, Object> controllers;
    private final DialogStyler styler;
    private final CurrentLanguage language;

    public CaseDialogs(Views views, Callback<Class<?>, Object> controllers, DialogStyler styler,
                       CurrentLanguage language) {
        this.views = views;
        this.controllers = controllers;
        this.styler = styler;
        this.language = language;
    }

    public void showCreate(Window owner) {
        Views.Loaded<CreateCaseController> loaded = views.load("start/create-case.fxml", controllers);
        show(owner, loaded.root(), language.messages().text("create.window.title"));
    }

    /** The open dialog, with {@code folder} filled in when the user picked a recent case (may be null). */
    public void showOpen(Window owner, Path folder) {
        Views.Loaded<OpenCaseController> loaded = views.load("start/open-case.fxml", controllers);
        if (folder != null) {
            loaded.controller().prefill(folder);
        }
        show(owner, loaded.root(), language.messages().text("open.window.title"));
    }

    private void show(Window owner, Parent root, String title) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Spoor — " + title);
        Scene scene = new Scene(root);
        styler.style(scene.getStylesheets());
        stage.setScene(scene);
        stage.setResizable(false);
        stage.show();
    }
}
