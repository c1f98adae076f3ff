package org.spoor.app.ui.main;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Navigation;
import org.spoor.app.ui.start.CaseCountries;
import org.spoor.casefile.CaseDetails;

/** The main window's frame: case header, the list of places, the shown place, the status bar. */
public final class MainController {

    private final MainViewModel model;
    private final Navigation navigation;
    private final CurrentLanguage language;
    private final PlaceViews placeViews;
    private final Map<Place, Node> shown = new EnumMap<>(Place.class);

    @FXML
    private Label caseTitleLabel;
    @FXML
    private Label caseMetaLabel;
    @FXML
    private ListView<Place> placeList;
    @FXML
    private StackPane placeArea;
    @FXML
    private Label statusLabel;
    @FXML
    private Button settingsButton;
    @FXML
    private Button closeCaseButton;

    public MainController(MainViewModel model, Navigation navigation, CurrentLanguage language,
                          PlaceViews placeViews) {
        this.model = model;
        this.navigation = navigation;
        this.language = language;
        this.placeViews = placeViews;
    }

    @FXML
    private void initialize() {
        Messages messages = language.messages();
        CaseDetails details = model.details();
        caseTitleLabel.setText(details.title());
        caseMetaLabel.setText(meta(messages, details));
        placeList.getItems().setAll(model.places());
        placeList.setCellFactory(list -> new PlaceCell());
        placeList.getSelectionModel().select(model.placeProperty().get());
        placeList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.placeProperty().set(now);
            }
        });
        model.placeProperty().addListener((o, was, now) -> show(now));
        show(model.placeProperty().get());
        statusLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.format("main.status",
                model.folder(), model.exhibitCountProperty().get(), model.auditEntryCountProperty().get()),
                model.exhibitCountProperty(), model.auditEntryCountProperty()));
        model.refreshCounts();
    }

    private static String meta(Messages messages, CaseDetails details) {
        String country = details.country() == null ? "—"
                : CaseCountries.displayName(details.country(), messages.locale());
        return messages.format("main.case.meta", country, orDash(details.investigator()), orDash(details.unit()));
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    private void show(Place place) {
        Node view = shown.computeIfAbsent(place, placeViews::viewFor);
        placeArea.getChildren().setAll(view);
        if (placeList.getSelectionModel().getSelectedItem() != place) {
            placeList.getSelectionModel().select(place);
        }
    }

    @FXML
    private void openSettings() {
        navigation.openSettings();
    }

    @FXML
    private void closeCase() {
        navigation.closeCase();
    }

    /** An icon (a shape from the stylesheet) and the place's translated name. */
    private final class PlaceCell extends ListCell<Place> {
        @Override
        protected void updateItem(Place place, boolean empty) {
            super.updateItem(place, empty);
            if (empty || place == null) {
                setGraphic(null);
                setText(null);
                setId(null);
                return;
            }
            Region icon = new Region();
            icon.getStyleClass().addAll("place-icon", "icon-" + place.id());
            String title = language.messages().text(place.titleKey());
            Label name = new Label(title);
            HBox row = new HBox(10, icon, name);
            row.getStyleClass().add("place-row");
            setGraphic(row);
            setText(null);
            setId("place-" + place.id());
            setAccessibleText(title);
        }
    }
}
