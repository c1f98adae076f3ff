package org.spoor.app.ui.evidence;

import javafx.scene.control.TreeCell;

import org.spoor.app.ui.common.Messages;

/** A tree node: the exhibit's reference and file name, or "N more…" at the end of a long list. */
final class ExhibitTreeCell extends TreeCell<TreeEntry> {

    private final Messages messages;

    ExhibitTreeCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(TreeEntry entry, boolean empty) {
        super.updateItem(entry, empty);
        getStyleClass().remove("tree-more");
        if (empty || entry == null) {
            setText(null);
        } else if (entry.isMore()) {
            setText(messages.format("evidence.tree.more", entry.more()));
            getStyleClass().add("tree-more");
        } else {
            setText(entry.exhibit().ref() + "  " + entry.exhibit().originalName());
        }
    }
}
