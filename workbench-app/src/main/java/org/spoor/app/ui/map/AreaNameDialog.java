package org.spoor.app.ui.map;

import java.util.Optional;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.spoor.app.ui.common.Messages;

/** Asks the name (required) and an optional note of an area just drawn, or a new name for one. */
final class AreaNameDialog {

    /** What the investigator typed. */
    record Named(String name, String note) {
    }

    private final Messages messages;

    AreaNameDialog(Messages messages) {
        this.messages = messages;
    }

    Optional<Named> ask(Window owner, String name, String note) {
        Dialog<Named> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Spoor — " + messages.text("map.area.dialog.title"));
        dialog.setHeaderText(messages.text("map.area.dialog.header"));
        TextField nameField = new TextField(name);
        nameField.setId("areaNameField");
        nameField.setPromptText(messages.text("map.area.dialog.name"));
        TextArea noteField = new TextArea(note);
        noteField.setId("areaNoteField");
        noteField.setPrefRowCount(3);
        noteField.setWrapText(true);
        noteField.setPromptText(messages.text("map.area.dialog.note"));
        dialog.getDialogPane().setContent(new VBox(6, new Label(messages.text("map.area.dialog.name")), nameField,
                new Label(messages.text("map.area.dialog.note")), noteField));
        dialog.getDialogPane().setId("areaNameDialog");
        ButtonType save = new ButtonType(messages.text("map.area.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(save).setId("areaSaveButton");
        dialog.getDialogPane().lookupButton(save).disableProperty().bind(nameField.textProperty().isEmpty());
        dialog.setResultConverter(button -> button == save ? new Named(nameField.getText().strip(),
                noteField.getText().strip()) : null);
        dialog.setOnShown(e -> nameField.requestFocus());
        return dialog.showAndWait().filter(n -> !n.name().isEmpty());
    }
}
