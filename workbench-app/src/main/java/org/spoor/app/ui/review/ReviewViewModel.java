package org.spoor.app.ui.review;

import java.io.ByteArrayInputStream;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

import org.spoor.app.review.ReviewSession;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.reports.pack.OpenedPack;
import org.spoor.reports.pack.PackExhibit;
import org.spoor.reports.pack.PackRefusedException;

/**
 * The reviewer window's browsing half: the pack's exhibits (or the hits of a search over them), the
 * chosen exhibit's facts, text and picture. Reads only; the pack is never changed.
 */
public final class ReviewViewModel {

    private final ReviewSession session;
    private final Tasks tasks;
    private final Messages messages;
    private final ObservableList<ExhibitRow> rows = FXCollections.observableArrayList();
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty listLabel = new SimpleStringProperty("");
    private final ObjectProperty<PackExhibit> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Image> picture = new SimpleObjectProperty<>();
    private final StringProperty problem = new SimpleStringProperty("");

    public ReviewViewModel(ReviewSession session, Tasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
        showAll();
        selected.addListener((o, was, now) -> loadPicture(now));
    }

    public ObservableList<ExhibitRow> rows() {
        return rows;
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty listLabelProperty() {
        return listLabel;
    }

    public ObjectProperty<PackExhibit> selectedProperty() {
        return selected;
    }

    public ObjectProperty<Image> pictureProperty() {
        return picture;
    }

    /** A file of the pack that changed on disk since it was opened: said here, never shown. */
    public StringProperty problemProperty() {
        return problem;
    }

    public OpenedPack pack() {
        return session.pack();
    }

    /** Runs the query over the pack's exhibits (in memory); a blank query lists every exhibit again. */
    public void search() {
        String text = query.get() == null ? "" : query.get().strip();
        if (text.isEmpty()) {
            showAll();
            return;
        }
        tasks.background(() -> session.search(text))
                .onSuccess(hits -> {
                    rows.setAll(hits.stream().map(h -> new ExhibitRow(h.exhibit(), h.snippet())).toList());
                    listLabel.set(messages.format("review.search.hits", hits.size(), text));
                })
                .onError(failure -> listLabel.set(messages.format("review.search.failed", text)))
                .start();
    }

    public void showAll() {
        query.set("");
        List<PackExhibit> all = session.exhibits();
        rows.setAll(all.stream().map(e -> new ExhibitRow(e, "")).toList());
        listLabel.set(messages.format("review.exhibits.count", all.size(), session.pack().withheldExhibits()));
    }

    /** The facts of an exhibit as the detail pane lists them, one "label: value" per line. */
    public String facts(PackExhibit e) {
        StringBuilder out = new StringBuilder();
        line(out, "review.fact.name", e.name());
        line(out, "review.fact.source", e.source());
        line(out, "review.fact.seizurePlace", e.seizurePlace());
        line(out, "review.fact.seizureTime", e.seizureTime());
        line(out, "review.fact.seal", e.seal());
        line(out, "review.fact.custodian", e.custodian());
        line(out, "review.fact.mediaType", e.mediaType());
        line(out, "review.fact.sha256", e.sha256());
        line(out, "review.fact.md5", e.md5());
        return out.toString().strip();
    }

    private void line(StringBuilder out, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(messages.text(key)).append(": ").append(value).append('\n');
        }
    }

    private void loadPicture(PackExhibit exhibit) {
        picture.set(null);
        problem.set("");
        if (exhibit == null || !exhibit.isImage() || exhibit.originals().isEmpty()) {
            return;
        }
        String path = exhibit.originals().get(0);
        tasks.background(() -> new Image(new ByteArrayInputStream(session.pack().original(path))))
                .onSuccess(image -> {
                    if (exhibit.equals(selected.get())) {
                        picture.set(image);
                    }
                })
                .onError(failure -> problem.set(failure instanceof PackRefusedException refused
                        ? messages.error(refused.messageKey(), refused.arguments()).orElse(refused.getMessage())
                        : messages.format("review.picture.failed", path)))
                .start();
    }
}
