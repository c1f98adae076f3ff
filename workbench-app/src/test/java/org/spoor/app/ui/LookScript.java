package org.spoor.app.ui;

import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.spoor.app.ui.main.Place;

/** Drives the window to one screen for {@link GuiLookMain}, by firing the same buttons a user presses. */
final class LookScript {

    /** Screens that need seized files in the case (or, for the import screens, on disk). */
    static final java.util.Set<String> EVIDENCE_SCREENS = java.util.Set.of("evidence", "photo", "search", "watch",
            "import", "import-run");

    private final Stage stage;
    private final Path folder;

    LookScript(Stage stage, Path folder) {
        this.stage = stage;
        this.folder = folder;
    }

    void show(String screen) {
        switch (screen) {
            case "create":
                button(stage.getScene().getRoot(), "#createCaseButton").fire();
                later(() -> fill("#titleField", "Operation Pangolin", "#passwordField", "horse"));
                break;
            case "open":
                openWith("wrong password");
                break;
            case "main":
            case "map":
                openWith(TestCases.PASSWORD);
                if (!"main".equals(screen)) {
                    later(() -> selectPlace(Place.MAP.ordinal()));
                }
                break;
            case "evidence":
            case "photo":
            case "search":
            case "watch":
            case "import":
            case "import-run":
                openWith(TestCases.PASSWORD);
                Place place = screen.equals("search") || screen.equals("watch") ? Place.SEARCH : Place.EVIDENCE;
                later(() -> selectPlace(place.ordinal()));
                new EvidenceLook(stage).show(screen);
                break;
            case "settings":
                button(stage.getScene().getRoot(), "#settingsButton").fire();
                break;
            default:
                break;
        }
    }

    private void openWith(String password) {
        button(stage.getScene().getRoot(), "#openCaseButton").fire();
        later(() -> {
            fill("#folderField", folder.toString(), "#passwordField", password);
            later(() -> button(dialogRoot(), "#openButton").fire());
        });
    }

    /** Waits for the main window (the case opens in the background), then picks a place. */
    private void selectPlace(int index) {
        Node list = stage.getScene().getRoot().lookup("#placeList");
        if (list instanceof ListView) {
            ((ListView<?>) list).getSelectionModel().select(index);
        } else {
            later(() -> selectPlace(index));
        }
    }

    private void fill(String firstId, String first, String secondId, String second) {
        Node root = dialogRoot();
        ((TextField) root.lookup(firstId)).setText(first);
        ((PasswordField) root.lookup(secondId)).setText(second);
    }

    private Node dialogRoot() {
        return Window.getWindows().stream().filter(window -> window != stage).reduce((a, b) -> b)
                .orElseThrow().getScene().getRoot();
    }

    private static Button button(Node root, String id) {
        return (Button) root.lookup(id);
    }

    private static void later(Runnable action) {
        Platform.runLater(() -> Platform.runLater(action));
    }
}
