package org.spoor.app.ui.comms;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.comms.Attachment;
import org.spoor.comms.Call;
import org.spoor.comms.Direction;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.exhibit.Exhibit;

/**
 * The communications place: chat threads, the call log and who-contacted-whom counts of every phone in
 * the case, read in the background and shown in the investigator's time zone.
 */
public final class CommunicationsViewModel {

    /**
     * Messages of a thread shown at once: a chat of a hundred thousand messages opens at its end; the
     * rest are found by search and listed by {@code spoor comms}.
     */
    static final int THREAD_PAGE = 2_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CommsSource source;
    private final Tasks tasks;
    private final ZoneId zone;
    private final Messages messages;
    private final LongConsumer exhibitOpener;
    private final ObservableList<ConversationItem> conversations = FXCollections.observableArrayList();
    private final ObservableList<ChatLine> thread = FXCollections.observableArrayList();
    private final ObservableList<CallRow> calls = FXCollections.observableArrayList();
    private final ObservableList<ContactCount> counts = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final StringProperty threadNote = new SimpleStringProperty("");
    private final ObjectProperty<ConversationItem> shown = new SimpleObjectProperty<>();
    private final BooleanProperty threadLoading = new SimpleBooleanProperty(false);
    private CaseComms comms;
    private ConversationItem opening;

    /** A view whose attachments open nothing (tests, a window without an evidence place). */
    public CommunicationsViewModel(CommsSource source, Tasks tasks, ZoneId zone, Messages messages) {
        this(source, tasks, zone, messages, exhibitId -> { });
    }

    /** @param exhibitOpener shows an exhibit in the evidence place (an attachment's file) */
    public CommunicationsViewModel(CommsSource source, Tasks tasks, ZoneId zone, Messages messages,
                                   LongConsumer exhibitOpener) {
        this.source = source;
        this.tasks = tasks;
        this.zone = zone;
        this.messages = messages;
        this.exhibitOpener = exhibitOpener;
    }

    private record Loaded(CaseComms comms, List<ConversationItem> conversations, List<CallRow> calls,
                          List<ContactCount> counts) {
    }

    /** Reads the case's messages and calls again. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        String ownerWord = messages.text("comms.owner");
        tasks.background(() -> {
            CaseComms read = source.read();
            return new Loaded(read, Conversations.group(read), callRows(read), ContactTally.count(read, ownerWord));
        }).onSuccess(loaded -> {
            comms = loaded.comms();
            conversations.setAll(loaded.conversations());
            calls.setAll(loaded.calls());
            counts.setAll(loaded.counts());
            opening = null;
            thread.clear();
            threadNote.set("");
            shown.set(null);
        }).andFinally(() -> loading.set(false)).start();
    }

    /**
     * Shows a thread's messages as chat lines (an empty thread when none is chosen): its newest
     * {@link #THREAD_PAGE}, read in the background; a thread chosen meanwhile wins.
     */
    public void open(ConversationItem conversation) {
        opening = conversation;
        if (conversation == null || comms == null) {
            threadLoading.set(false);
            thread.clear();
            threadNote.set("");
            shown.set(null);
            return;
        }
        CaseComms read = comms;
        threadLoading.set(true);
        tasks.background(() -> read.messages().newestOf(conversation.groups(), THREAD_PAGE).stream()
                .map(m -> line(read, m)).collect(Collectors.toList())).onSuccess(lines -> {
                    if (opening == conversation) {
                        thread.setAll(lines);
                        threadNote.set(lines.size() < conversation.messageCount()
                                ? messages.format("comms.thread.newest", lines.size(), conversation.messageCount())
                                : "");
                        shown.set(conversation);
                    }
                }).andFinally(() -> {
                    // A thread chosen meanwhile is still being read.
                    if (opening == conversation) {
                        threadLoading.set(false);
                    }
                }).start();
    }

    private ChatLine line(CaseComms snapshot, Message message) {
        boolean outgoing = message.direction() == Direction.OUTGOING;
        String who;
        if (outgoing) {
            who = messages.text("comms.me");
        } else {
            String name = snapshot.nameOf(message.sender());
            String number = message.sender() == null ? null : message.sender().key();
            who = name == null ? String.valueOf(number)
                    : number == null || number.equals(name) ? name : name + " · " + number;
        }
        List<ChatAttachment> attachments = new ArrayList<>();
        for (Attachment attachment : message.attachments()) {
            Long exhibitId = attachment.childExhibitId();
            attachments.add(new ChatAttachment(attachment.fileName() != null ? attachment.fileName()
                    : String.valueOf(attachment.extractedPath()), exhibitId, exhibitId == null ? null
                    : snapshot.exhibit(exhibitId).map(Exhibit::ref).orElse(Exhibit.refFor(exhibitId)),
                    attachment.linkProblem()));
        }
        String body = message.body() == null ? "" : message.body();
        Location shared = snapshot.sharedBy(message);
        if (shared != null) {
            String where = messages.format("comms.sharedLocation", String.format(java.util.Locale.ROOT,
                    "%.5f, %.5f", shared.latitude(), shared.longitude()), shared.label() == null ? "" : shared.label());
            body = body.isBlank() ? where : body + "\n" + where;
        }
        return new ChatLine(outgoing, who, body,
                time(message.sentAt() == null ? null : message.sentAt().instant()), attachments,
                snapshot.citation(message.source()), message.deleted());
    }

    /** Shows the exhibit holding an attachment's bytes in the evidence place. */
    public void openAttachment(ChatAttachment attachment) {
        if (attachment != null && attachment.opensAnExhibit()) {
            exhibitOpener.accept(attachment.exhibitId());
        }
    }

    private List<CallRow> callRows(CaseComms read) {
        List<CallRow> rows = new ArrayList<>();
        for (Call call : read.calls()) {
            String number = call.counterpart() == null ? "" : String.valueOf(call.counterpart().key());
            String name = read.nameOf(call.counterpart());
            rows.add(new CallRow(time(call.startedAt() == null ? null : call.startedAt().instant()),
                    direction(call.direction()), number, name == null ? "" : name, duration(call.durationSeconds()),
                    answered(call.answered()), read.citation(call.source())));
        }
        return rows;
    }

    /** A time in the investigator's zone, ISO-ordered so it reads and sorts the same in every language. */
    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant.atZone(zone));
    }

    private String direction(Direction direction) {
        switch (direction) {
            case INCOMING:
                return messages.text("comms.direction.incoming");
            case OUTGOING:
                return messages.text("comms.direction.outgoing");
            default:
                return messages.text("comms.direction.unknown");
        }
    }

    private String answered(Boolean answered) {
        if (answered == null) {
            return "—";
        }
        return messages.text(answered ? "comms.answered.yes" : "comms.answered.no");
    }

    static String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    public ZoneId zone() {
        return zone;
    }

    public ObservableList<ConversationItem> conversations() {
        return conversations;
    }

    public ObservableList<ChatLine> thread() {
        return thread;
    }

    public ObservableList<CallRow> calls() {
        return calls;
    }

    public ObservableList<ContactCount> counts() {
        return counts;
    }

    /** Says when the thread shown is only its newest page; empty otherwise. */
    public ReadOnlyStringProperty threadNoteProperty() {
        return threadNote;
    }

    /** True while a thread's messages are being read. */
    public ReadOnlyBooleanProperty threadLoadingProperty() {
        return threadLoading;
    }

    /** The thread whose messages are shown, once they are. */
    public ReadOnlyObjectProperty<ConversationItem> shownProperty() {
        return shown;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
