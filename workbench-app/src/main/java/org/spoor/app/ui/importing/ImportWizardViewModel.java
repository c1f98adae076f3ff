package org.spoor.app.ui.importing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.ErrorDialogs;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.ingest.pipeline.ImportProblem;
import org.spoor.ingest.pipeline.ImportReport;
import org.spoor.ingest.pipeline.ImportRequest;

/**
 * The import wizard: which seized files and folders, the custody facts that go with them (custodian, where,
 * when, seal), then the import with its progress, a cancel that keeps what was done, and at the end what
 * landed and every item that did not, with its reason.
 */
public final class ImportWizardViewModel {

    /** Where the wizard is: filling in, importing, or showing the outcome. */
    public enum Stage { CHOOSING, IMPORTING, CANCELLING, FINISHED, FAILED }

    private final ImportRunner runner;
    private final Tasks tasks;
    private final ErrorDialogs errors;
    private final Messages messages;
    private final ZoneId zone;
    private final String region;
    private final Executor fxThread;
    private final Runnable afterImport;

    private final ObservableList<Path> paths = FXCollections.observableArrayList();
    private final StringProperty custodian = new SimpleStringProperty("");
    private final StringProperty seizedPlace = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> seizedDate = new SimpleObjectProperty<>();
    private final StringProperty seizedTime = new SimpleStringProperty("");
    private final StringProperty seal = new SimpleStringProperty("");
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.CHOOSING);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty filesText = new SimpleStringProperty("");
    private final StringProperty rateText = new SimpleStringProperty("");
    private final StringProperty currentText = new SimpleStringProperty("");
    private final StringProperty problemText = new SimpleStringProperty("");
    private final StringProperty summaryText = new SimpleStringProperty("");
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final BooleanBinding canStart;
    private ProgressRelay relay;
    private long startedNanos;

    /**
     * @param region the case's country, for phone numbers found in the evidence
     * @param fxThread hands progress to the window's thread ({@code Platform::runLater} in the app)
     * @param afterImport runs on the FX thread once an import ended, cancelled or not (refresh the views)
     */
    public ImportWizardViewModel(ImportRunner runner, Tasks tasks, ErrorDialogs errors, Messages messages,
                                 ZoneId zone, String region, Executor fxThread, Runnable afterImport) {
        this.runner = runner;
        this.tasks = tasks;
        this.errors = errors;
        this.messages = messages;
        this.zone = zone;
        this.region = region;
        this.fxThread = fxThread;
        this.afterImport = afterImport;
        this.canStart = Bindings.isNotEmpty(paths).and(Bindings.createBooleanBinding(
                () -> stage.get() == Stage.CHOOSING, stage));
    }

    /** Adds chosen files or folders, each once. */
    public void addPaths(List<Path> chosen) {
        for (Path path : chosen) {
            Path normal = path.toAbsolutePath().normalize();
            if (!paths.contains(normal)) {
                paths.add(normal);
            }
        }
    }

    public void removePath(Path path) {
        paths.remove(path);
    }

    /**
     * Starts the import in the background; false, with a sentence in {@link #problemTextProperty}, if a field
     * is wrong.
     */
    public boolean start() {
        if (!canStart.get()) {
            return false;
        }
        Instant seizedOn;
        try {
            seizedOn = seizedOn();
        } catch (DateTimeParseException e) {
            problemText.set(messages.text("import.seizedOn.bad"));
            return false;
        }
        problemText.set("");
        ImportRequest request = new ImportRequest(List.copyOf(paths), new SeizureFacts(blankToNull(seizedPlace.get()),
                seizedOn, blankToNull(seal.get()), blankToNull(custodian.get())), region);
        relay = new ProgressRelay(fxThread, this::show);
        ProgressRelay running = relay;
        startedNanos = System.nanoTime();
        stage.set(Stage.IMPORTING);
        progress.set(-1);
        filesText.set(messages.text("import.progress.starting"));
        rateText.set("");
        tasks.background(() -> runner.run(request, running))
                .onSuccess(this::finished)
                .onError(failure -> {
                    stage.set(Stage.FAILED);
                    summaryText.set(messages.text("import.failed"));
                    errors.show(null, failure);
                })
                .andFinally(afterImport)
                .start();
        return true;
    }

    /** Stops after the files being read now; what was done stays, and the same import started again resumes. */
    public void cancel() {
        if (relay != null && stage.get() == Stage.IMPORTING) {
            relay.cancel();
            stage.set(Stage.CANCELLING);
        }
    }

    private Instant seizedOn() {
        LocalDate date = seizedDate.get();
        if (date == null) {
            return null;
        }
        String time = seizedTime.get() == null ? "" : seizedTime.get().trim();
        LocalTime at = time.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(time);
        return date.atTime(at).atZone(zone).toInstant();
    }

    private void show(ProgressRelay.Step step) {
        if (stage.get() != Stage.IMPORTING && stage.get() != Stage.CANCELLING) {
            return;
        }
        progress.set(step.bytesTotal() > 0 ? (double) step.bytesDone() / step.bytesTotal()
                : step.filesTotal() > 0 ? (double) step.filesDone() / step.filesTotal() : -1);
        filesText.set(messages.format("import.progress.files", step.filesDone(), step.filesTotal()));
        ImportRate rate = ImportRate.of(Duration.ofNanos(System.nanoTime() - startedNanos), step.filesDone(),
                step.filesTotal(), step.bytesDone(), step.bytesTotal());
        String speed = messages.format("import.progress.rate", rate.megabytesPerSecond());
        rateText.set(rate.remaining().map(left -> speed + "  ·  " + messages.format("import.progress.eta",
                ImportRate.clock(left))).orElse(speed));
        currentText.set(step.current() == null ? "" : step.records() < 0 ? step.current()
                : messages.format("import.progress.records", step.current(), step.records()));
    }

    private void finished(ImportReport done) {
        boolean cancelled = relay.cancelled();
        report.set(done);
        problems.setAll(done.problems());
        progress.set(cancelled ? progress.get() : 1);
        stage.set(Stage.FINISHED);
        String counts = messages.format("import.summary", done.filesSeen(), done.exhibitsAdded(), done.duplicates(),
                done.resumed(), done.problems().size());
        summaryText.set(cancelled ? messages.text("import.cancelled") + " " + counts : counts);
        currentText.set(done.ocrNotice() == null ? "" : messages.format("import.noOcr", done.ocrNotice()));
    }

    /** After an outcome is shown, lets the investigator import more with the same custody facts. */
    public void startOver() {
        if (stage.get() == Stage.FINISHED || stage.get() == Stage.FAILED) {
            paths.clear();
            problems.clear();
            report.set(null);
            summaryText.set("");
            currentText.set("");
            progress.set(0);
            stage.set(Stage.CHOOSING);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public ObservableList<Path> paths() {
        return paths;
    }

    public StringProperty custodianProperty() {
        return custodian;
    }

    public StringProperty seizedPlaceProperty() {
        return seizedPlace;
    }

    public ObjectProperty<LocalDate> seizedDateProperty() {
        return seizedDate;
    }

    public StringProperty seizedTimeProperty() {
        return seizedTime;
    }

    public StringProperty sealProperty() {
        return seal;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty filesTextProperty() {
        return filesText;
    }

    public ReadOnlyStringProperty rateTextProperty() {
        return rateText;
    }

    public ReadOnlyStringProperty currentTextProperty() {
        return currentText;
    }

    public ReadOnlyStringProperty problemTextProperty() {
        return problemText;
    }

    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report;
    }
}
