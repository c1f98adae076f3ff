package org.spoor.app.ui.comms;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.spoor.app.ui.common.Messages;

/** A message drawn as a bubble: left for what came in, right for what the owner sent. */
final class ChatBubbleCell extends ListCell<ChatLine> {

    private final Messages messages;

    ChatBubbleCell(Messages messages) {
        this.messages = messages;
    }

    @Override
    protected void updateItem(ChatLine line, boolean empty) {
        super.updateItem(line, empty);
        setText(null);
        if (empty || line == null) {
            setGraphic(null);
            return;
        }
        Label who = new Label(line.who());
        who.getStyleClass().add("chat-who");
        Label body = new Label(line.body());
        body.setWrapText(true);
        body.getStyleClass().add("chat-body");
        VBox bubble = new VBox(who, body);
        for (String attachment : line.attachments()) {
            Label file = new Label(messages.format("comms.attachment", attachment));
            file.getStyleClass().add("chat-attachment");
            bubble.getChildren().add(file);
        }
        String meta = line.time() + "  ·  " + line.citation()
                + (line.deleted() ? "  ·  " + messages.text("comms.deleted") : "");
        Label metaLabel = new Label(meta);
        metaLabel.getStyleClass().add("chat-meta");
        bubble.getChildren().add(metaLabel);
        bubble.getStyleClass().addAll("chat-bubble", line.outgoing() ? "chat-out" : "chat-in");
        if (line.deleted()) {
            bubble.getStyleClass().add("chat-deleted");
        }
        ListView<ChatLine> list = getListView();
        if (list != null) {
            bubble.maxWidthProperty().bind(list.widthProperty().multiply(0.66));
        }
        bubble.setMinHeight(VBox.USE_PREF_SIZE);
        HBox row = new HBox(bubble);
        row.setAlignment(line.outgoing() ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        setGraphic(row);
    }
}
