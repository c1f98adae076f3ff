package org.spoor.app.ui.evidence;

import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;
import org.spoor.exhibit.Exhibit;

/** The evidence browser: tree of originals, the table of every exhibit, the selected exhibit's detail. */
public final class EvidenceController {

    private final EvidenceViewModel model;
    private final CurrentLanguage language;
    private final Consumer<Window> startImport;

    @FXML
    private TreeView<TreeEntry> exhibitTree;
    @FXML
    private TableView<Exhibit> exhibitTable;
    @FXML
    private TableColumn<Exhibit, String> refColumn;
    @FXML
    private TableColumn<Exhibit, String> nameColumn;
    @FXML
    private TableColumn<Exhibit, String> typeColumn;
    @FXML
    private TableColumn<Exhibit, String> sizeColumn;
    @FXML
    private TableColumn<Exhibit, String> seizedAtColumn;
    @FXML
    private TableColumn<Exhibit, String> sealColumn;
    @FXML
    private TableColumn<Exhibit, String> custodianColumn;
    @FXML
    private TableColumn<Exhibit, String> sha256Column;
    @FXML
    private Label exhibitCountLabel;
    @FXML
    private Button importButton;
    @FXML
    private Button refreshEvidenceButton;
    @FXML
    private Label detailTitleLabel;
    @FXML
    private ProgressIndicator detailLoadingIndicator;
    @FXML
    private GridPane detailFacts;
    @FXML
    private TextArea textPreview;
    @FXML
    private Label previewNoteLabel;
    @FXML
    private ListView<String> custodyList;
    @FXML
    private TextArea metadataArea;
    @FXML
    private Tab photoTab;
    @FXML
    private ImageView photoView;
    @FXML
    private Label photoNoneLabel;

    public EvidenceController(EvidenceViewModel model, CurrentLanguage language, Consumer<Window> startImport) {
        this.model = model;
        this.language = language;
        this.startImport = startImport;
    }

    @FXML
    private void initialize() {
        Messages messages = language.messages();
        ExhibitFormat format = model.format();
        column(refColumn, Exhibit::ref);
        column(nameColumn, Exhibit::originalName);
        column(typeColumn, Exhibit::mediaType);
        column(sizeColumn, e -> format.size(e.sizeBytes()));
        column(seizedAtColumn, Exhibit::seizedPlace);
        column(sealColumn, Exhibit::sealNo);
        column(custodianColumn, Exhibit::custodian);
        column(sha256Column, Exhibit::sha256);
        exhibitTable.setItems(model.rows());
        exhibitTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.open(now));
        model.rowRequestProperty().addListener((o, was, now) -> selectRow(now));

        exhibitTree.setRoot(model.tree().root());
        exhibitTree.setShowRoot(false);
        exhibitTree.setCellFactory(tree -> new ExhibitTreeCell(messages));
        exhibitTree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> treeSelected(now));

        exhibitCountLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("evidence.count", model.totalProperty().get()), model.totalProperty()));
        detailLoadingIndicator.visibleProperty().bind(model.readingDetailProperty());
        new DetailPane(new DetailFacts(messages, format), detailTitleLabel, detailFacts, textPreview,
                previewNoteLabel, custodyList, metadataArea).bind(model.detailProperty());
        photoView.imageProperty().bind(model.photoProperty());
        photoView.fitWidthProperty().bind(detailFacts.widthProperty());
        photoNoneLabel.visibleProperty().bind(model.photoProperty().isNull());
        model.refresh();
    }

    private static void column(TableColumn<Exhibit, String> column, Function<Exhibit, String> value) {
        // A row whose page is still being read has no exhibit yet: it shows an ellipsis until it arrives.
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() == null ? "…" : value.apply(cell.getValue())));
    }

    private void selectRow(EvidenceViewModel.RowRequest request) {
        if (request == null || request.row() >= exhibitTable.getItems().size()) {
            return;
        }
        exhibitTable.getSelectionModel().clearAndSelect(request.row());
        exhibitTable.scrollTo(Math.max(0, request.row() - 3));
    }

    private void treeSelected(TreeItem<TreeEntry> item) {
        if (item == null || item.getValue() == null) {
            return;
        }
        if (item.getValue().isMore()) {
            model.tree().showMore(item);
        } else {
            model.reveal(item.getValue().exhibit().id());
        }
    }

    @FXML
    private void importEvidence() {
        startImport.accept(exhibitTable.getScene().getWindow());
    }

    @FXML
    private void refresh() {
        model.refresh();
    }
}
