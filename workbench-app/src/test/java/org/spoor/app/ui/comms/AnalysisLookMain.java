package org.spoor.app.ui.comms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.spoor.app.gui.GuiComposition;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.main.Place;
import org.spoor.app.ui.settings.AppSettings;

/**
 * For looking at the analysis places by eye (screenshots under Xvfb), not a test: imports the corpus
 * phone files into a throw-away case, opens it and shows one place.
 * Arguments: {@code communications|calls|contacts|entities|network|timeline} and a language tag.
 */
public final class AnalysisLookMain {

    private AnalysisLookMain() {
    }

    public static void main(String[] args) throws Exception {
        String screen = args.length > 0 ? args[0] : "communications";
        Locale language = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        Path home = Files.createTempDirectory("spoor-look");
        Path folder = PhoneCorpusCase.create(home.resolve("bedrock.spoor"));
        AppSettings.load(home.resolve(".spoor/settings.properties")).caseOpened(folder);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            Stage stage = new Stage();
            GuiComposition gui = new GuiComposition(TestCases.config(home, language));
            gui.start(stage);
            ((Button) stage.getScene().getRoot().lookup("#openCaseButton")).fire();
            later(() -> {
                Node dialog = Window.getWindows().stream().filter(w -> w != stage).reduce((a, b) -> b)
                        .orElseThrow().getScene().getRoot();
                ((TextField) dialog.lookup("#folderField")).setText(folder.toString());
                ((PasswordField) dialog.lookup("#passwordField")).setText(TestCases.PASSWORD);
                ((Button) dialog.lookup("#openButton")).fire();
                later(() -> show(stage, screen));
            });
        });
    }

    private static void show(Stage stage, String screen) {
        Node list = stage.getScene().getRoot().lookup("#placeList");
        if (!(list instanceof ListView)) {
            later(() -> show(stage, screen));
            return;
        }
        Place place = switch (screen) {
            case "entities" -> Place.ENTITIES;
            case "network" -> Place.NETWORK;
            case "timeline" -> Place.TIMELINE;
            default -> Place.COMMUNICATIONS;
        };
        ((ListView<?>) list).getSelectionModel().select(place.ordinal());
        if (place == Place.COMMUNICATIONS) {
            later(() -> pickTab(stage, screen));
        }
    }

    /** Opens the first conversation, or the calls or contacts tab. */
    private static void pickTab(Stage stage, String screen) {
        TabPane tabs = (TabPane) stage.getScene().getRoot().lookup("#commsTabs");
        ListView<?> conversations = (ListView<?>) stage.getScene().getRoot().lookup("#conversationList");
        if (tabs == null || conversations == null || conversations.getItems().isEmpty()) {
            later(() -> pickTab(stage, screen));
            return;
        }
        int index = "calls".equals(screen) ? 1 : "contacts".equals(screen) ? 2 : 0;
        tabs.getSelectionModel().select(index);
        conversations.getSelectionModel().select(conversations.getItems().size() - 1);
    }

    private static void later(Runnable action) {
        Platform.runLater(() -> Platform.runLater(action));
    }
}
