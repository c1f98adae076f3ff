package org.spoor.app.ui.review;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.review.ReviewSession;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.reports.pack.PackExhibit;
import org.spoor.review.ReviewNote;

/**
 * The reviewer's comments: on the chosen exhibit or on the pack as a whole, written, edited and
 * deleted here, and exported as the small file the investigator imports. The reviewer's name is
 * asked once, with the first comment, and then stays for the session.
 */
public final class ReviewCommentsViewModel {

    private final ReviewSession session;
    private final Tasks tasks;
    private final Messages messages;
    private final StringProperty reviewerName = new SimpleStringProperty("");
    private final BooleanProperty nameFixed = new SimpleBooleanProperty();
    private final BooleanProperty wholePack = new SimpleBooleanProperty();
    private final ObjectProperty<PackExhibit> exhibit = new SimpleObjectProperty<>();
    private final ObservableList<ReviewNote> shown = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObjectProperty<ReviewNote> editing = new SimpleObjectProperty<>();
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final IntegerProperty total = new SimpleIntegerProperty();

    public ReviewCommentsViewModel(ReviewSession session, Tasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        session.reviewer().ifPresent(name -> {
            reviewerName.set(name);
            nameFixed.set(true);
        });
        exhibit.addListener((o, was, now) -> refresh());
        wholePack.addListener((o, was, now) -> refresh());
        refresh();
    }

    public StringProperty reviewerNameProperty() {
        return reviewerName;
    }

    public BooleanProperty nameFixedProperty() {
        return nameFixed;
    }

    /** True: comments on the pack as a whole; false: on the chosen exhibit. */
    public BooleanProperty wholePackProperty() {
        return wholePack;
    }

    public ObjectProperty<PackExhibit> exhibitProperty() {
        return exhibit;
    }

    public ObservableList<ReviewNote> shown() {
        return shown;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ObjectProperty<ReviewNote> editingProperty() {
        return editing;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public IntegerProperty totalProperty() {
        return total;
    }

    /** Adds the draft as a comment (or saves the comment being edited); false, with a reason, when it cannot. */
    public boolean save() {
        String text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty()) {
            status.set(messages.text("review.comment.empty"));
            return false;
        }
        if (text.length() > ReviewNote.MAX_TEXT) {
            status.set(messages.format("review.comment.tooLong", ReviewNote.MAX_TEXT));
            return false;
        }
        if (!nameFixed.get()) {
            String name = reviewerName.get() == null ? "" : reviewerName.get().strip();
            if (name.isEmpty()) {
                status.set(messages.text("review.reviewer.needed"));
                return false;
            }
            session.reviewer(name);
            reviewerName.set(name);
            nameFixed.set(true);
        }
        if (editing.get() != null) {
            session.comments().edit(editing.get().id(), text);
            editing.set(null);
        } else {
            String ref = currentRef();
            if (ref == null && !wholePack.get()) {
                status.set(messages.text("review.comment.noExhibit"));
                return false;
            }
            session.comments().add(ref, text);
        }
        draft.set("");
        status.set("");
        refresh();
        return true;
    }

    public void edit(ReviewNote note) {
        editing.set(Objects.requireNonNull(note));
        draft.set(note.text());
    }

    public void cancelEdit() {
        editing.set(null);
        draft.set("");
    }

    public void delete(ReviewNote note) {
        session.comments().delete(note.id());
        if (editing.get() != null && editing.get().id().equals(note.id())) {
            cancelEdit();
        }
        refresh();
    }

    public boolean canExport() {
        return nameFixed.get() && !session.comments().all().isEmpty();
    }

    public String suggestedFileName() {
        return session.commentsFileName();
    }

    /** Writes the comments file in the background; {@code done} gets its path. */
    public void export(Path target, java.util.function.Consumer<Path> done) {
        if (!canExport()) {
            status.set(messages.text("review.export.nothing"));
            return;
        }
        tasks.background(() -> session.exportComments(target))
                .onSuccess(path -> {
                    status.set(messages.format("review.export.done", session.comments().all().size(), path));
                    done.accept(path);
                })
                .onError(failure -> status.set(messages.format("review.export.failed", target)))
                .start();
    }

    private String currentRef() {
        return wholePack.get() || exhibit.get() == null ? null : exhibit.get().ref();
    }

    private void refresh() {
        String ref = currentRef();
        shown.setAll(session.comments().on(ref));
        total.set(session.comments().all().size());
        target.set(wholePack.get() ? messages.text("review.comment.onPack")
                : exhibit.get() == null ? messages.text("review.comment.chooseExhibit")
                : messages.format("review.comment.onExhibit", exhibit.get().ref()));
    }
}
