package org.spoor.app.ui.start;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Navigation;

/** The start screen: recent cases, new case, open case, open a case pack for review, settings. */
public final class StartController {

    private final StartViewModel model;
    private final CaseDialogs dialogs;
    private final Navigation navigation;
    private final CurrentLanguage language;
    private final Consumer<Window> packReview;

    @FXML
    private ListView<RecentCase> recentCasesList;
    @FXML
    private Label noRecentCasesLabel;
    @FXML
    private Button createCaseButton;
    @FXML
    private Button openCaseButton;
    @FXML
    private Button settingsButton;
    @FXML
    private Button openPackButton;

    /** @param packReview opens a case pack read-only for review (reviewer mode), over the given window */
    public StartController(StartViewModel model, CaseDialogs dialogs, Navigation navigation,
                           CurrentLanguage language, Consumer<Window> packReview) {
        this.model = model;
        this.dialogs = dialogs;
        this.navigation = navigation;
        this.language = language;
        this.packReview = packReview;
    }

    @FXML
    private void initialize() {
        recentCasesList.setItems(model.recentCases());
        recentCasesList.setCellFactory(list -> new RecentCaseCell());
        noRecentCasesLabel.visibleProperty().bind(Bindings.isEmpty(model.recentCases()));
        recentCasesList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        recentCasesList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        model.refresh();
    }

    private void openSelected() {
        RecentCase selected = recentCasesList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            dialogs.showOpen(recentCasesList.getScene().getWindow(), selected.folder());
        }
    }

    @FXML
    private void createCase() {
        dialogs.showCreate(createCaseButton.getScene().getWindow());
    }

    @FXML
    private void openCase() {
        RecentCase selected = recentCasesList.getSelectionModel().getSelectedItem();
        dialogs.showOpen(openCaseButton.getScene().getWindow(), selected == null ? null : selected.folder());
    }

    @FXML
    private void openPackForReview() {
        packReview.accept(openPackButton.getScene().getWindow());
    }

    @FXML
    private void openSettings() {
        navigation.openSettings();
    }

    /** Folder name in bold, where it is below; a missing folder says so. */
    private final class RecentCaseCell extends ListCell<RecentCase> {

        @Override
        protected void updateItem(RecentCase item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("recent-name");
            String where = item.present() ? item.location()
                    : language.messages().format("start.recent.missing", item.location());
            Label location = new Label(where);
            location.getStyleClass().add(item.present() ? "recent-location" : "recent-missing");
            VBox box = new VBox(2, name, location);
            setGraphic(box);
            setText(null);
            setAccessibleText(item.name() + ", " + where);
            MenuItem forget = new MenuItem(language.messages().text("start.recent.forget"));
            forget.setOnAction(event -> model.forget(item));
            setContextMenu(new ContextMenu(forget));
        }
    }
}
