package org.spoor.app.ui.importing;

import java.nio.file.Path;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.importing.ImportWizardViewModel.Stage;
import org.spoor.ingest.pipeline.ImportProblem;

/** The import wizard's window: binds the fields, progress and outcome to the view-model. */
public final class ImportWizardController {

    private final ImportWizardViewModel model;
    private final PathChooser chooser;
    private final Messages messages;

    @FXML
    private ListView<Path> pathList;
    @FXML
    private Button addFilesButton;
    @FXML
    private Button addFolderButton;
    @FXML
    private Button removePathButton;
    @FXML
    private TextField custodianField;
    @FXML
    private TextField seizedPlaceField;
    @FXML
    private DatePicker seizedDatePicker;
    @FXML
    private TextField seizedTimeField;
    @FXML
    private TextField sealField;
    @FXML
    private Label problemLabel;
    @FXML
    private VBox progressBox;
    @FXML
    private ProgressBar importProgressBar;
    @FXML
    private Label filesLabel;
    @FXML
    private Label rateLabel;
    @FXML
    private Label currentLabel;
    @FXML
    private Label cancelNoteLabel;
    @FXML
    private VBox outcomeBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private TableView<ImportProblem> problemTable;
    @FXML
    private TableColumn<ImportProblem, String> problemPathColumn;
    @FXML
    private TableColumn<ImportProblem, String> problemReasonColumn;
    @FXML
    private TableColumn<ImportProblem, String> problemStoredColumn;
    @FXML
    private Button startImportButton;
    @FXML
    private Button cancelImportButton;
    @FXML
    private Button startOverButton;
    @FXML
    private Button closeWizardButton;

    public ImportWizardController(ImportWizardViewModel model, PathChooser chooser, Messages messages) {
        this.model = model;
        this.chooser = chooser;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        pathList.setItems(model.paths());
        BooleanBinding choosing = is(Stage.CHOOSING);
        BooleanBinding running = is(Stage.IMPORTING).or(is(Stage.CANCELLING));
        BooleanBinding ended = is(Stage.FINISHED).or(is(Stage.FAILED));
        custodianField.textProperty().bindBidirectional(model.custodianProperty());
        seizedPlaceField.textProperty().bindBidirectional(model.seizedPlaceProperty());
        seizedDatePicker.valueProperty().bindBidirectional(model.seizedDateProperty());
        seizedTimeField.textProperty().bindBidirectional(model.seizedTimeProperty());
        sealField.textProperty().bindBidirectional(model.sealProperty());
        for (javafx.scene.Node field : new javafx.scene.Node[] {custodianField, seizedPlaceField, seizedDatePicker,
                seizedTimeField, sealField, pathList, addFilesButton, addFolderButton}) {
            field.disableProperty().bind(choosing.not());
        }
        removePathButton.disableProperty().bind(choosing.not()
                .or(pathList.getSelectionModel().selectedItemProperty().isNull()));
        problemLabel.textProperty().bind(model.problemTextProperty());
        show(progressBox, choosing.not());
        importProgressBar.progressProperty().bind(model.progressProperty());
        filesLabel.textProperty().bind(model.filesTextProperty());
        rateLabel.textProperty().bind(model.rateTextProperty());
        currentLabel.textProperty().bind(model.currentTextProperty());
        show(cancelNoteLabel, running);
        show(outcomeBox, ended);
        summaryLabel.textProperty().bind(model.summaryTextProperty());
        problemPathColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().path()));
        problemReasonColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().reason()));
        problemStoredColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(messages.text(
                cell.getValue().stored() ? "import.problem.stored" : "import.problem.notStored")));
        problemTable.setItems(model.problems());
        startImportButton.disableProperty().bind(model.canStartProperty().not());
        show(startImportButton, choosing);
        show(cancelImportButton, running);
        cancelImportButton.disableProperty().bind(is(Stage.CANCELLING));
        show(startOverButton, ended);
        closeWizardButton.disableProperty().bind(running);
    }

    private BooleanBinding is(Stage wanted) {
        return Bindings.createBooleanBinding(() -> model.stageProperty().get() == wanted, model.stageProperty());
    }

    private static void show(javafx.scene.Node node, BooleanBinding when) {
        node.visibleProperty().bind(when);
        node.managedProperty().bind(when);
    }

    /** True while closing the window must wait: an import is running. */
    boolean busy() {
        Stage now = model.stageProperty().get();
        return now == Stage.IMPORTING || now == Stage.CANCELLING;
    }

    @FXML
    private void addFiles() {
        model.addPaths(chooser.chooseFiles(window(), messages.text("import.chooseFiles")));
    }

    @FXML
    private void addFolder() {
        model.addPaths(chooser.chooseFolder(window(), messages.text("import.chooseFolder")));
    }

    @FXML
    private void removePath() {
        Path selected = pathList.getSelectionModel().getSelectedItem();
        if (selected != null) {
            model.removePath(selected);
        }
    }

    @FXML
    private void startImport() {
        model.start();
    }

    @FXML
    private void cancelImport() {
        model.cancel();
    }

    @FXML
    private void startOver() {
        model.startOver();
    }

    @FXML
    private void close() {
        if (!busy()) {
            window().hide();
        }
    }

    private Window window() {
        return pathList.getScene().getWindow();
    }
}
