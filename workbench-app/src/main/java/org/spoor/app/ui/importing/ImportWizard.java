package org.spoor.app.ui.importing;

import java.util.function.Supplier;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Views;

/**
 * Shows the import wizard over the case window. While an import runs the window cannot be closed (the
 * import would go on unseen); cancel it first, and it resumes when started again.
 */
public final class ImportWizard {

    private final Views views;
    private final Supplier<ImportWizardController> controllers;
    private final DialogStyler styler;
    private final CurrentLanguage language;

    public ImportWizard(Views views, Supplier<ImportWizardController> controllers, DialogStyler styler,
                        CurrentLanguage language) {
        this.views = views;
        this.controllers = controllers;
        this.styler = styler;
        this.language = language;
    }

    public void show(Window owner) {
        ImportWizardController controller = controllers.get();
        Views.Loaded<ImportWizardController> loaded = views.load("importing/import-wizard.fxml", controller);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Spoor — " + language.messages().text("import.window.title"));
        Scene scene = new Scene(loaded.root());
        styler.style(scene.getStylesheets());
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            if (controller.busy()) {
                event.consume();
            }
        });
        stage.show();
        // On a small laptop screen the outcome (problems table) must not push the buttons off the bottom.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (stage.getHeight() > screen.getHeight()) {
            stage.setHeight(screen.getHeight());
            stage.setY(screen.getMinY());
        }
        stage.heightProperty().addListener((o, was, now) -> {
            if (now.doubleValue() > screen.getHeight()) {
                stage.setHeight(screen.getHeight());
                stage.setY(screen.getMinY());
            }
        });
    }
}
