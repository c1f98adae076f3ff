package org.spoor.app.ui.reports;

import java.io.File;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;

/** The reports place: the bundle wizard's fields, its preview tables and the write button. */
public final class ReportsController {

    private final ReportsViewModel model;
    private final CurrentLanguage language;

    @FXML
    private TextField prosecutorField;
    @FXML
    private TextField keystoreField;
    @FXML
    private PasswordField keystorePasswordField;
    @FXML
    private TextField targetField;
    @FXML
    private Button previewButton;
    @FXML
    private Button writeBundleButton;
    @FXML
    private ProgressIndicator reportsBusyIndicator;
    @FXML
    private Label reportsStatusLabel;
    @FXML
    private TableView<OutlineRow> outlineTable;
    @FXML
    private TableColumn<OutlineRow, String> outlineSectionColumn;
    @FXML
    private TableColumn<OutlineRow, String> outlineContentsColumn;
    @FXML
    private TableView<IndexRow> indexTable;
    @FXML
    private TableColumn<IndexRow, String> indexRefColumn;
    @FXML
    private TableColumn<IndexRow, String> indexDescriptionColumn;
    @FXML
    private TableColumn<IndexRow, String> indexSeizedColumn;
    @FXML
    private TableColumn<IndexRow, String> indexHashColumn;

    public ReportsController(ReportsViewModel model, CurrentLanguage language) {
        this.model = model;
        this.language = language;
    }

    @FXML
    private void initialize() {
        prosecutorField.textProperty().bindBidirectional(model.prosecutorProperty());
        keystoreField.textProperty().bindBidirectional(model.keystoreProperty());
        targetField.textProperty().bindBidirectional(model.targetProperty());
        reportsStatusLabel.textProperty().bind(model.statusProperty());
        reportsBusyIndicator.visibleProperty().bind(model.busyProperty());
        previewButton.disableProperty().bind(model.busyProperty());
        writeBundleButton.disableProperty().bind(model.busyProperty());
        outlineTable.setItems(model.outline());
        text(outlineSectionColumn, OutlineRow::section);
        text(outlineContentsColumn, OutlineRow::contents);
        indexTable.setItems(model.exhibits());
        text(indexRefColumn, IndexRow::ref);
        text(indexDescriptionColumn, IndexRow::description);
        text(indexSeizedColumn, IndexRow::seized);
        text(indexHashColumn, IndexRow::sha256);
        model.preview();
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void preview() {
        model.preview();
    }

    @FXML
    private void writeBundle() {
        char[] password = keystorePasswordField.getText().toCharArray();
        keystorePasswordField.clear();
        model.export(password);
    }

    @FXML
    private void chooseKeystore() {
        Messages messages = language.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("reports.keystore.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PKCS#12", "*.p12", "*.pfx"));
        File chosen = chooser.showOpenDialog(keystoreField.getScene().getWindow());
        if (chosen != null) {
            model.keystoreProperty().set(chosen.getAbsolutePath());
        }
    }

    @FXML
    private void chooseTarget() {
        Messages messages = language.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("reports.target.choose"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        chooser.setInitialFileName("bundle.pdf");
        File chosen = chooser.showSaveDialog(targetField.getScene().getWindow());
        if (chosen != null) {
            model.targetProperty().set(chosen.getAbsolutePath());
        }
    }
}
