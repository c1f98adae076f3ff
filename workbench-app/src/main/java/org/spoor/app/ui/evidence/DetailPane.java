package org.spoor.app.ui.evidence;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;

/** Fills the detail pane's controls from the exhibit detail the view-model holds. */
final class DetailPane {

    private final DetailFacts facts;
    private final Label title;
    private final GridPane grid;
    private final TextArea preview;
    private final Label previewNote;
    private final ListView<String> custody;
    private final TextArea metadata;

    DetailPane(DetailFacts facts, Label title, GridPane grid, TextArea preview, Label previewNote,
               ListView<String> custody, TextArea metadata) {
        this.facts = facts;
        this.title = title;
        this.grid = grid;
        this.preview = preview;
        this.previewNote = previewNote;
        this.custody = custody;
        this.metadata = metadata;
    }

    void bind(ObservableValue<ExhibitDetail> detail) {
        detail.addListener((o, was, now) -> show(now));
        show(detail.getValue());
    }

    private void show(ExhibitDetail detail) {
        grid.getChildren().clear();
        if (detail == null) {
            return;
        }
        title.setText(detail.exhibit().ref() + " — " + detail.exhibit().originalName());
        int row = 0;
        for (DetailFacts.Fact fact : facts.facts(detail)) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            Label value = new Label(fact.value());
            value.getStyleClass().add("fact-value");
            value.setWrapText(true);
            grid.addRow(row++, label, value);
        }
        preview.setText(detail.textPreview());
        preview.positionCaret(0);
        previewNote.setText(facts.previewNote(detail));
        custody.getItems().setAll(facts.custody(detail));
        metadata.setText(detail.content().map(c -> c.metadataJson() == null ? "" : c.metadataJson()).orElse(""));
    }
}
