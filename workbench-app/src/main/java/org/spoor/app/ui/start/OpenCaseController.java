package org.spoor.app.ui.start;

import java.io.File;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Navigation;

/** The open-case dialog: folder and password; a wrong password is said here, and the field emptied. */
public final class OpenCaseController {

    private final OpenCaseViewModel model;
    private final Navigation navigation;
    private final CurrentLanguage language;

    @FXML
    private TextField folderField;
    @FXML
    private Button browseFolderButton;
    @FXML
    private PasswordField passwordField;
    @FXML
    private Label problemLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button openButton;
    @FXML
    private Button cancelButton;

    public OpenCaseController(OpenCaseViewModel model, Navigation navigation, CurrentLanguage language) {
        this.model = model;
        this.navigation = navigation;
        this.language = language;
    }

    @FXML
    private void initialize() {
        folderField.textProperty().bindBidirectional(model.folderProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        // The dialog was sized for its first layout; a message appearing must not push the buttons out.
        problemLabel.visibleProperty().addListener((o, was, now) -> Platform.runLater(() -> window().sizeToScene()));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        openButton.disableProperty().bind(model.canOpenProperty().not());
        cancelButton.disableProperty().bind(model.busyProperty());
        passwordField.disableProperty().bind(model.busyProperty());
        // After a failed try the password field is empty and enabled again: put the cursor there.
        model.busyProperty().addListener((o, was, now) -> {
            if (!now && !model.problemProperty().get().isEmpty()) {
                passwordField.requestFocus();
            }
        });
    }

    /** Fills in a folder chosen on the start screen and puts the cursor in the password field. */
    void prefill(Path folder) {
        model.folderProperty().set(folder.toString());
        Platform.runLater(passwordField::requestFocus);
    }

    @FXML
    private void browseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(language.messages().text("open.folder.choose"));
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.folderProperty().set(chosen.getPath());
        }
    }

    @FXML
    private void open() {
        model.open(session -> {
            window().close();
            navigation.caseOpened(session);
        });
    }

    @FXML
    private void cancel() {
        window().close();
    }

    private Stage window() {
        return (Stage) openButton.getScene().getWindow();
    }
}
