package org.spoor.app.ui.main;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import org.spoor.app.ui.common.Messages;

/** A place whose feature has not landed yet: its name and what it will offer. */
public final class PlaceholderController {

    private final Place place;
    private final Messages messages;

    @FXML
    private Region placeIcon;
    @FXML
    private Label placeTitleLabel;
    @FXML
    private Label placeComingLabel;

    public PlaceholderController(Place place, Messages messages) {
        this.place = place;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        placeIcon.getStyleClass().add("icon-" + place.id());
        placeTitleLabel.setText(messages.text(place.titleKey()));
        placeComingLabel.setText(messages.text(place.comingKey()));
    }
}
