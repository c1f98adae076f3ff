package org.spoor.app.ui.audit;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;

/** The audit log view: a virtualised table that reads older pages as the user scrolls down. */
public final class AuditLogController {

    private final AuditLogViewModel model;
    private final CurrentLanguage language;

    @FXML
    private TableView<AuditRow> auditTable;
    @FXML
    private TableColumn<AuditRow, Number> seqColumn;
    @FXML
    private TableColumn<AuditRow, String> timeColumn;
    @FXML
    private TableColumn<AuditRow, String> actorColumn;
    @FXML
    private TableColumn<AuditRow, String> actionColumn;
    @FXML
    private TableColumn<AuditRow, String> subjectColumn;
    @FXML
    private TableColumn<AuditRow, String> detailsColumn;
    @FXML
    private Label auditSummaryLabel;
    @FXML
    private Button refreshAuditButton;
    @FXML
    private Button loadMoreAuditButton;
    @FXML
    private ProgressIndicator auditLoadingIndicator;
    @FXML
    private TextArea auditEntryDetails;

    public AuditLogController(AuditLogViewModel model, CurrentLanguage language) {
        this.model = model;
        this.language = language;
    }

    @FXML
    private void initialize() {
        Messages messages = language.messages();
        seqColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().seq()));
        timeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().time()));
        timeColumn.setText(messages.format("audit.column.time", model.zone()));
        actorColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().actor()));
        actionColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().action()));
        subjectColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().subject()));
        detailsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().details()));
        auditTable.setItems(model.rows());
        auditTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                auditEntryDetails.setText(now == null ? "" : model.fullText(now)));

        auditSummaryLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("audit.summary", model.rows().size(), model.totalProperty().get()),
                model.rows(), model.totalProperty()));
        auditLoadingIndicator.visibleProperty().bind(model.loadingProperty());
        refreshAuditButton.disableProperty().bind(model.loadingProperty());
        loadMoreAuditButton.disableProperty().bind(model.loadingProperty().or(model.moreAvailableProperty().not()));
        auditTable.skinProperty().addListener((o, was, now) -> loadMoreAtBottom());
        model.refresh();
    }

    /** The table is virtualised; when its scroll bar reaches the end, read the next older page. */
    private void loadMoreAtBottom() {
        for (Node node : auditTable.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar && ((ScrollBar) node).getOrientation() == Orientation.VERTICAL) {
                ScrollBar bar = (ScrollBar) node;
                bar.valueProperty().addListener((o, was, now) -> {
                    if (now.doubleValue() >= bar.getMax() * 0.98) {
                        model.loadMore();
                    }
                });
            }
        }
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void loadMore() {
        model.loadMore();
    }
}
