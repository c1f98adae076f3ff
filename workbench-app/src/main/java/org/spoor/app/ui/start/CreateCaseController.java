package org.spoor.app.ui.start;

import java.io.File;
import java.util.Locale;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Navigation;

/** The new-case dialog: binds the form to its view-model and closes itself once the case is open. */
public final class CreateCaseController {

    private final CreateCaseViewModel model;
    private final Navigation navigation;
    private final CurrentLanguage language;

    @FXML
    private TextField titleField;
    @FXML
    private ComboBox<String> countryChoice;
    @FXML
    private TextField investigatorField;
    @FXML
    private TextField unitField;
    @FXML
    private TextField folderField;
    @FXML
    private Button browseFolderButton;
    @FXML
    private PasswordField passwordField;
    @FXML
    private PasswordField repeatPasswordField;
    @FXML
    private ProgressBar strengthBar;
    @FXML
    private Label strengthLabel;
    @FXML
    private Label mismatchLabel;
    @FXML
    private Label problemLabel;
    @FXML
    private ProgressIndicator busyIndicator;
    @FXML
    private Button createButton;
    @FXML
    private Button cancelButton;

    public CreateCaseController(CreateCaseViewModel model, Navigation navigation, CurrentLanguage language) {
        this.model = model;
        this.navigation = navigation;
        this.language = language;
    }

    @FXML
    private void initialize() {
        titleField.textProperty().bindBidirectional(model.titleProperty());
        investigatorField.textProperty().bindBidirectional(model.investigatorProperty());
        unitField.textProperty().bindBidirectional(model.unitProperty());
        folderField.textProperty().bindBidirectional(model.folderProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        repeatPasswordField.textProperty().bindBidirectional(model.repeatedPasswordProperty());
        countryChoice.getItems().setAll(CaseCountries.CODES);
        countryChoice.setCellFactory(list -> new CountryCell());
        countryChoice.setButtonCell(new CountryCell());
        countryChoice.valueProperty().bindBidirectional(model.countryProperty());

        strengthBar.progressProperty().bind(Bindings.createDoubleBinding(
                () -> model.strengthProperty().get().fraction(), model.strengthProperty()));
        model.strengthProperty().addListener((o, was, now) -> showStrength(now));
        showStrength(model.strengthProperty().get());
        mismatchLabel.visibleProperty().bind(model.passwordsDifferProperty());
        mismatchLabel.managedProperty().bind(mismatchLabel.visibleProperty());
        problemLabel.textProperty().bind(model.problemProperty());
        problemLabel.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problemLabel.managedProperty().bind(problemLabel.visibleProperty());
        // The dialog was sized for its first layout; a message appearing must not push the buttons out.
        problemLabel.visibleProperty().addListener((o, was, now) -> Platform.runLater(() -> window().sizeToScene()));
        mismatchLabel.visibleProperty().addListener((o, was, now) -> Platform.runLater(() -> window().sizeToScene()));
        busyIndicator.visibleProperty().bind(model.busyProperty());
        createButton.disableProperty().bind(model.canCreateProperty().not());
        cancelButton.disableProperty().bind(model.busyProperty());
    }

    private void showStrength(PasswordStrength strength) {
        Messages messages = language.messages();
        String key;
        switch (strength.level()) {
            case VERY_WEAK:
                key = "create.strength.veryWeak";
                break;
            case WEAK:
                key = "create.strength.weak";
                break;
            case FAIR:
                key = "create.strength.fair";
                break;
            case STRONG:
                key = "create.strength.strong";
                break;
            case VERY_STRONG:
                key = "create.strength.veryStrong";
                break;
            case EMPTY:
            default:
                key = "create.strength.empty";
                break;
        }
        strengthLabel.setText(messages.text(key));
        strengthBar.getStyleClass().removeIf(style -> style.startsWith("strength-"));
        strengthBar.getStyleClass().add("strength-" + strength.level().name().toLowerCase(Locale.ROOT));
        strengthBar.setAccessibleText(messages.text(key));
    }

    @FXML
    private void browseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(language.messages().text("create.folder.choose"));
        File parent = chooser.showDialog(window());
        if (parent != null) {
            model.suggestFolderIn(parent.toPath());
        }
    }

    @FXML
    private void create() {
        model.create(session -> {
            window().close();
            navigation.caseOpened(session);
        });
    }

    @FXML
    private void cancel() {
        window().close();
    }

    private Stage window() {
        return (Stage) createButton.getScene().getWindow();
    }

    /** "Việt Nam (VN)": the name in the window's language, the code investigators also use. */
    private final class CountryCell extends ListCell<String> {
        @Override
        protected void updateItem(String code, boolean empty) {
            super.updateItem(code, empty);
            setText(empty || code == null ? null
                    : CaseCountries.displayName(code, language.locale()) + " (" + code + ")");
        }
    }
}
