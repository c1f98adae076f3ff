package org.spoor.app.ui.entities;

import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;
import org.spoor.entity.EntityType;

/** The entities panel: filter by type, see where each was found, merge two or split an alias off. */
public final class EntitiesController {

    private final EntitiesViewModel model;
    private final CurrentLanguage language;

    @FXML
    private ComboBox<EntityType> entityTypeFilter;
    @FXML
    private ProgressIndicator entitiesLoadingIndicator;
    @FXML
    private Label entitiesSummaryLabel;
    @FXML
    private TableView<EntityRow> entityTable;
    @FXML
    private TableColumn<EntityRow, String> entityTypeColumn;
    @FXML
    private TableColumn<EntityRow, String> entityDisplayColumn;
    @FXML
    private TableColumn<EntityRow, String> entityKeyColumn;
    @FXML
    private TableColumn<EntityRow, Number> entitySourcesColumn;
    @FXML
    private ListView<String> aliasList;
    @FXML
    private TableView<SourceRow> sourceTable;
    @FXML
    private TableColumn<SourceRow, String> sourceRefColumn;
    @FXML
    private TableColumn<SourceRow, String> sourceFileColumn;
    @FXML
    private TableColumn<SourceRow, String> sourceLocatorColumn;
    @FXML
    private TableColumn<SourceRow, String> sourceRawColumn;
    @FXML
    private TableColumn<SourceRow, String> sourceContextColumn;
    @FXML
    private TextField editReasonField;
    @FXML
    private Button mergeButton;
    @FXML
    private Button splitButton;
    @FXML
    private Label entitiesStatusLabel;

    public EntitiesController(EntitiesViewModel model, CurrentLanguage language) {
        this.model = model;
        this.language = language;
    }

    @FXML
    private void initialize() {
        Messages messages = language.messages();
        entityTypeFilter.getItems().setAll(EntitiesViewModel.typeChoices());
        entityTypeFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(EntityType type) {
                return EntityTypeNames.of(type, messages);
            }

            @Override
            public EntityType fromString(String text) {
                return null;
            }
        });
        entityTypeFilter.setValue(model.typeFilterProperty().get());
        entityTypeFilter.valueProperty().bindBidirectional(model.typeFilterProperty());

        entityTable.setItems(model.entities());
        entityTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        text(entityTypeColumn, row -> EntityTypeNames.of(row.type(), messages));
        text(entityDisplayColumn, EntityRow::display);
        text(entityKeyColumn, EntityRow::key);
        entitySourcesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().sourceCount()));
        entityTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<EntityRow>) change -> {
            List<EntityRow> chosen = entityTable.getSelectionModel().getSelectedItems();
            model.select(chosen.size() == 1 ? chosen.get(0) : null);
            mergeButton.setDisable(!model.canMerge(List.copyOf(chosen)));
        });

        aliasList.setItems(model.aliases());
        sourceTable.setItems(model.sources());
        sourceTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        text(sourceRefColumn, SourceRow::ref);
        text(sourceFileColumn, SourceRow::fileName);
        text(sourceLocatorColumn, SourceRow::locator);
        text(sourceRawColumn, SourceRow::raw);
        text(sourceContextColumn, SourceRow::context);

        mergeButton.setDisable(true);
        splitButton.disableProperty().bind(aliasList.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        entitiesLoadingIndicator.visibleProperty().bind(model.busyProperty());
        entitiesStatusLabel.textProperty().bind(model.statusProperty());
        entitiesSummaryLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("entities.summary", model.entities().size()), model.entities()));
        model.refresh();
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    @FXML
    private void merge() {
        model.merge(List.copyOf(entityTable.getSelectionModel().getSelectedItems()), editReasonField.getText());
        editReasonField.clear();
    }

    @FXML
    private void split() {
        List<EntityRow> chosen = entityTable.getSelectionModel().getSelectedItems();
        if (chosen.size() != 1) {
            return;
        }
        model.split(chosen.get(0), aliasList.getSelectionModel().getSelectedItem(),
                List.copyOf(sourceTable.getSelectionModel().getSelectedItems()), editReasonField.getText());
        editReasonField.clear();
    }
}
