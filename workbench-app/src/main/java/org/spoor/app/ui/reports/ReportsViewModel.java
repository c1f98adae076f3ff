package org.spoor.app.ui.reports;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.bundle.BundleOptions;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;

/**
 * The bundle wizard: the prosecutor's office, an optional signing keystore and the target file;
 * a preview (sections and exhibit index, disclosure applied) and the export, both in the background.
 * The keystore password is passed through once and wiped, never kept in a property.
 */
public final class ReportsViewModel {

    private final BundleService service;
    private final Tasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final StringProperty prosecutor = new SimpleStringProperty("");
    private final StringProperty keystore = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<OutlineRow> outline = FXCollections.observableArrayList();
    private final ObservableList<IndexRow> exhibits = FXCollections.observableArrayList();

    public ReportsViewModel(BundleService service, Tasks tasks, Messages messages, Clock clock) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
    }

    /** Reads the case as the bundle would show it now. */
    public void preview() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.set(messages.text("reports.status.previewing"));
        BundleOptions options = options();
        tasks.background(() -> service.preview(options)).onSuccess(bundle -> {
            outline.setAll(BundleOutline.sections(bundle, messages));
            exhibits.setAll(BundleOutline.index(bundle));
            status.set(messages.format("reports.status.previewed", bundle.disclosed().size()));
        }).andFinally(this::finished).start();
    }

    /** Writes the bundle to the target file, signed when a keystore is chosen; the password is wiped after. */
    public void export(char[] keystorePassword) {
        String file = target.get() == null ? "" : target.get().strip();
        if (busy.get() || file.isEmpty()) {
            status.set(file.isEmpty() ? messages.text("reports.status.noTarget") : status.get());
            Arrays.fill(keystorePassword, '\0');
            return;
        }
        String store = keystore.get() == null ? "" : keystore.get().strip();
        busy.set(true);
        status.set(messages.text("reports.status.writing"));
        BundleOptions options = options();
        tasks.background(() -> {
            try {
                return service.export(Path.of(file), store.isEmpty() ? null : Path.of(store), keystorePassword,
                        options);
            } finally {
                Arrays.fill(keystorePassword, '\0');
            }
        }).onSuccess(written -> status.set(messages.format(written.signed() ? "reports.status.writtenSigned"
                : "reports.status.written", written.file(), written.exhibitRefs().size(), written.sha256())))
                .andFinally(this::finished).start();
    }

    /** After success the status says what was done; after a failure (shown by the error dialog) it says so. */
    private void finished() {
        busy.set(false);
        String now = status.get();
        if (now.equals(messages.text("reports.status.previewing"))
                || now.equals(messages.text("reports.status.writing"))) {
            status.set(messages.text("reports.status.failed"));
        }
    }

    private BundleOptions options() {
        return new BundleOptions(prosecutor.get(), null, null, LocalDate.now(clock));
    }

    public StringProperty prosecutorProperty() {
        return prosecutor;
    }

    public StringProperty keystoreProperty() {
        return keystore;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<OutlineRow> outline() {
        return outline;
    }

    public ObservableList<IndexRow> exhibits() {
        return exhibits;
    }
}
