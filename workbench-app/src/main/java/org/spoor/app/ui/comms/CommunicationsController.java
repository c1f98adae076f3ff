package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.VBox;

import org.spoor.app.ui.audit.AuditRowFormat;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.Messages;

/** The communications place: conversations as chat threads, the call log, who contacted whom. */
public final class CommunicationsController {

    private final CommunicationsViewModel model;
    private final CurrentLanguage language;

    @FXML
    private Label commsSummaryLabel;
    @FXML
    private ProgressIndicator commsLoadingIndicator;
    @FXML
    private Button refreshCommsButton;
    @FXML
    private ListView<ConversationItem> conversationList;
    @FXML
    private ListView<ChatLine> chatThread;
    @FXML
    private Label threadNoteLabel;
    @FXML
    private TableView<CallRow> callTable;
    @FXML
    private TableColumn<CallRow, String> callTimeColumn;
    @FXML
    private TableColumn<CallRow, String> callDirectionColumn;
    @FXML
    private TableColumn<CallRow, String> callNumberColumn;
    @FXML
    private TableColumn<CallRow, String> callNameColumn;
    @FXML
    private TableColumn<CallRow, String> callDurationColumn;
    @FXML
    private TableColumn<CallRow, String> callAnsweredColumn;
    @FXML
    private TableColumn<CallRow, String> callSourceColumn;
    @FXML
    private TableView<ContactCount> contactCountTable;
    @FXML
    private TableColumn<ContactCount, String> countOwnerColumn;
    @FXML
    private TableColumn<ContactCount, String> countPartyColumn;
    @FXML
    private TableColumn<ContactCount, String> countNameColumn;
    @FXML
    private TableColumn<ContactCount, Number> countMessagesColumn;
    @FXML
    private TableColumn<ContactCount, Number> countCallsColumn;
    @FXML
    private TableColumn<ContactCount, String> countFirstColumn;
    @FXML
    private TableColumn<ContactCount, String> countLastColumn;

    public CommunicationsController(CommunicationsViewModel model, CurrentLanguage language) {
        this.model = model;
        this.language = language;
    }

    @FXML
    private void initialize() {
        Messages messages = language.messages();
        conversationList.setItems(model.conversations());
        conversationList.setCellFactory(list -> {
            ConversationCell cell = new ConversationCell();
            // Long titles are cut with an ellipsis rather than widening the list into a scroll bar.
            cell.setPrefWidth(0);
            return cell;
        });
        conversationList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> model.open(now));
        chatThread.setItems(model.thread());
        chatThread.setCellFactory(list -> new ChatBubbleCell(messages, model::openAttachment));
        chatThread.setFocusTraversable(true);
        // A chat reads from the bottom: the newest message is where a thread opens.
        model.shownProperty().addListener((o, was, now) -> {
            if (now != null && !model.thread().isEmpty()) {
                scrollToNewest();
            }
        });
        threadNoteLabel.textProperty().bind(model.threadNoteProperty());
        threadNoteLabel.visibleProperty().bind(model.threadNoteProperty().isNotEmpty());
        threadNoteLabel.managedProperty().bind(threadNoteLabel.visibleProperty());

        callTable.setItems(model.calls());
        callTimeColumn.setText(messages.format("comms.column.time", new AuditRowFormat(model.zone()).zoneLabel()));
        text(callTimeColumn, CallRow::time);
        text(callDirectionColumn, CallRow::direction);
        text(callNumberColumn, CallRow::number);
        text(callNameColumn, CallRow::name);
        text(callDurationColumn, CallRow::duration);
        text(callAnsweredColumn, CallRow::answered);
        text(callSourceColumn, CallRow::citation);

        contactCountTable.setItems(model.counts());
        text(countOwnerColumn, ContactCount::ownerLabel);
        text(countPartyColumn, ContactCount::partyKey);
        text(countNameColumn, c -> c.partyName() == null ? "" : c.partyName());
        countMessagesColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().messages()));
        countCallsColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().calls()));
        text(countFirstColumn, c -> model.time(c.first()));
        text(countLastColumn, c -> model.time(c.last()));

        commsSummaryLabel.textProperty().bind(Bindings.createStringBinding(() -> messages.format("comms.summary",
                model.conversations().size(),
                model.conversations().stream().mapToLong(ConversationItem::messageCount).sum(),
                model.calls().size()), model.conversations(), model.calls()));
        commsLoadingIndicator.visibleProperty().bind(model.loadingProperty().or(model.threadLoadingProperty()));
        refreshCommsButton.disableProperty().bind(model.loadingProperty());
        model.refresh();
    }

    /**
     * Shows the last message at the bottom. ListView.scrollTo alone leaves the cells above the last one
     * unlaid until the next scroll (bubbles differ in height): a page up and down again lays them out.
     */
    private void scrollToNewest() {
        chatThread.scrollTo(model.thread().size() - 1);
        chatThread.applyCss();
        chatThread.layout();
        if (chatThread.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollPixels(-flow.getHeight());
            flow.scrollPixels(flow.getHeight());
        }
    }

    private static <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    }

    @FXML
    private void refresh() {
        model.refresh();
    }

    /** A thread in the list: who it is with, the app and exhibit, how many messages and the last time. */
    private final class ConversationCell extends ListCell<ConversationItem> {
        @Override
        protected void updateItem(ConversationItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(item.title());
            title.getStyleClass().add("conversation-title");
            Instant last = item.last();
            Label meta = new Label(language.messages().format("comms.conversation.meta", item.service(),
                    item.messageCount(), model.time(last), item.exhibitRef()));
            meta.getStyleClass().add("muted");
            setGraphic(new VBox(2, title, meta));
        }
    }
}
