package org.spoor.app.ui.comms;

import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.spoor.app.ui.common.Messages;

/**
 * A message drawn as a bubble: left for what came in, right for what the owner sent. An attachment
 * whose file is an exhibit of the case links to it; one whose file the dump lacks says so.
 */
final class ChatBubbleCell extends ListCell<ChatLine> {

    private final Messages messages;
    private final Consumer<ChatAttachment> opener;

    ChatBubbleCell(Messages messages, Consumer<ChatAttachment> opener) {
        this.messages = messages;
        this.opener = opener;
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
        for (ChatAttachment attachment : line.attachments()) {
            bubble.getChildren().add(attachment(attachment));
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

    private HBox attachment(ChatAttachment attachment) {
        Label file = new Label(messages.format("comms.attachment", attachment.name()));
        file.getStyleClass().add("chat-attachment");
        HBox row = new HBox(6, file);
        row.setAlignment(Pos.BASELINE_LEFT);
        if (attachment.opensAnExhibit()) {
            Hyperlink open = new Hyperlink(messages.format("comms.attachment.open", attachment.exhibitRef()));
            open.setId("openAttachment-" + attachment.exhibitRef());
            open.getStyleClass().add("chat-attachment-open");
            open.setOnAction(event -> opener.accept(attachment));
            row.getChildren().add(open);
        } else if (attachment.problem() != null) {
            Label missing = new Label(messages.text("comms.attachment.unlinked"));
            missing.getStyleClass().add("chat-attachment");
            missing.setTooltip(new Tooltip(attachment.problem()));
            row.getChildren().add(missing);
        }
        return row;
    }
}
