package org.spoor.app.ui.search;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** A hit: reference and file name, what kind of item it is, and the snippet with the hits drawn marked. */
final class SearchHitCell extends ListCell<SearchResultRow> {

    @Override
    protected void updateItem(SearchResultRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        Label ref = new Label(row.ref());
        ref.getStyleClass().add("hit-ref");
        Label name = new Label(row.fileName());
        name.getStyleClass().add("hit-name");
        Label about = new Label(row.about());
        about.getStyleClass().add("muted");
        TextFlow snippet = new TextFlow();
        snippet.getStyleClass().add("hit-snippet");
        for (SnippetRuns.Run run : row.snippet()) {
            Text text = new Text(run.text());
            text.getStyleClass().add(run.hit() ? "hit-mark" : "hit-text");
            snippet.getChildren().add(text);
        }
        // Wrap the snippet to the list's width, not to the longest line of the text.
        snippet.prefWidthProperty().bind(getListView().widthProperty().subtract(40));
        VBox box = new VBox(3, new HBox(8, ref, name), about, snippet);
        box.getStyleClass().add("hit-box");
        setGraphic(box);
        setAccessibleText(row.ref() + " " + row.fileName());
    }
}
