package org.spoor.app.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.importing.ImportWizardViewModel.Stage;
import org.spoor.ingest.pipeline.ImportProblem;
import org.spoor.ingest.pipeline.ImportReport;
import org.spoor.ingest.pipeline.ImportRequest;

/** The wizard's logic without a window, with an import that runs until it is told to stop. */
class ImportWizardViewModelTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private TestServices services;
    private final AtomicReference<ImportRequest> asked = new AtomicReference<>();
    private final AtomicInteger afterImport = new AtomicInteger();

    @BeforeAll
    static void fxThread() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void services() {
        services = new TestServices(Locale.ENGLISH);
    }

    @AfterEach
    void close() {
        services.close();
    }

    /** Reports one of three files done, then waits for cancel (or 20 s), then reports what it did. */
    private final ImportRunner untilCancelled = (request, progress) -> {
        asked.set(request);
        progress.update(1, 3, 2_000_000, 6_000_000, "/seized/so-ghi-chep.txt");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!progress.cancelled() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return new ImportReport(request.importId(), 3, 4, 0, 1, 2_000_000,
                List.of(new ImportProblem("/seized/khoa.pdf", "ENCRYPTED: password needed", true),
                        new ImportProblem("/seized/../etc/passwd", "UNSAFE_NAME: outside the archive", false)),
                null);
    };

    @Test
    void aPhoneDatabaseBeingReadShowsHowManyOfItsRecordsAreIn() throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        ImportWizardViewModel model = wizard((request, progress) -> {
            progress.update(0, 1, 0, 90_000_000, "/seized/mmssms.db");
            progress.records("/seized/mmssms.db", 415_000);
            try {
                shown.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new ImportReport(request.importId(), 1, 1, 0, 0, 90_000_000, List.of(), null);
        });
        FxTestThread.run(() -> {
            model.addPaths(List.of(Path.of("/seized/mmssms.db")));
            model.custodianProperty().set("Trần Thị Hoa");
        });

        assertThat(FxTestThread.call(model::start)).isTrue();
        FxTestThread.waitUntil(() -> model.currentTextProperty().get().contains("415,000"));

        assertThat(FxTestThread.call(() -> model.currentTextProperty().get()))
                .isEqualTo("/seized/mmssms.db: 415,000 records read");
        assertThat(FxTestThread.call(() -> model.filesTextProperty().get())).isEqualTo("0 of 1 files");
        shown.countDown();
        FxTestThread.waitUntil(() -> model.stageProperty().get() == Stage.FINISHED);
    }

    private ImportWizardViewModel wizard(ImportRunner runner) {
        return FxTestThread.call(() -> new ImportWizardViewModel(runner, services.tasks, services.errors,
                services.language.messages(), HANOI, "VN", Platform::runLater, afterImport::incrementAndGet));
    }

    @Test
    void anImportCarriesTheCustodyFactsAndCanBeCancelledKeepingWhatWasDone() throws Exception {
        ImportWizardViewModel model = wizard(untilCancelled);
        FxTestThread.run(() -> {
            model.addPaths(List.of(Path.of("/seized/ledgers"), Path.of("/seized/phone.ufdr"),
                    Path.of("/seized/ledgers")));
            model.custodianProperty().set("Trần Thị Hoa");
            model.seizedPlaceProperty().set("Kho hàng Vinh");
            model.sealProperty().set(" VN-44-0192 ");
            model.seizedDateProperty().set(LocalDate.of(2024, 3, 15));
            model.seizedTimeProperty().set("05:40");
        });
        assertThat(FxTestThread.call(() -> model.paths().size())).as("each path once").isEqualTo(2);

        assertThat(FxTestThread.call(model::start)).isTrue();
        FxTestThread.waitUntil(() -> model.filesTextProperty().get().equals("1 of 3 files"));
        assertThat(FxTestThread.call(() -> model.progressProperty().get())).isEqualTo(1 / 3.0);
        assertThat(FxTestThread.call(() -> model.currentTextProperty().get())).isEqualTo("/seized/so-ghi-chep.txt");
        assertThat(FxTestThread.call(() -> model.canStartProperty().get())).as("one import at a time").isFalse();

        FxTestThread.run(model::cancel);
        FxTestThread.waitUntil(() -> model.stageProperty().get() == Stage.FINISHED);

        ImportRequest request = asked.get();
        assertThat(request.seizure().custodian()).isEqualTo("Trần Thị Hoa");
        assertThat(request.seizure().place()).isEqualTo("Kho hàng Vinh");
        assertThat(request.seizure().sealNo()).isEqualTo("VN-44-0192");
        assertThat(request.seizure().seizedAt()).isEqualTo(Instant.parse("2024-03-14T22:40:00Z"));
        assertThat(request.region()).isEqualTo("VN");
        assertThat(FxTestThread.call(() -> model.summaryTextProperty().get())).isEqualTo("Import cancelled. "
                + "3 files read, 4 exhibits added (items found inside included), 1 already in the case, "
                + "0 done by an earlier run, 2 problems.");
        assertThat(FxTestThread.call(() -> List.copyOf(model.problems()))).extracting(ImportProblem::path)
                .containsExactly("/seized/khoa.pdf", "/seized/../etc/passwd");
        assertThat(afterImport.get()).as("the views are told to read the case again").isEqualTo(1);
    }

    @Test
    void aSeizureTimeThatIsNotHoursAndMinutesIsRefusedBeforeAnythingRuns() {
        ImportWizardViewModel model = wizard(untilCancelled);
        FxTestThread.run(() -> {
            model.addPaths(List.of(Path.of("/seized/ledgers")));
            model.seizedDateProperty().set(LocalDate.of(2024, 3, 15));
            model.seizedTimeProperty().set("5h40");
        });

        assertThat(FxTestThread.call(model::start)).isFalse();

        assertThat(FxTestThread.call(() -> model.problemTextProperty().get())).contains("05:40");
        assertThat(FxTestThread.call(() -> model.stageProperty().get())).isEqualTo(Stage.CHOOSING);
        assertThat(asked.get()).isNull();
    }

    @Test
    void nothingStartsWithoutSeizedFiles() {
        ImportWizardViewModel model = wizard(untilCancelled);

        assertThat(FxTestThread.call(model::start)).isFalse();
        assertThat(asked.get()).isNull();
    }

    @Test
    void afterTheOutcomeTheWizardCanImportMoreWithTheSameCustodyFacts() throws Exception {
        ImportWizardViewModel model = wizard((request, progress) -> new ImportReport(request.importId(), 1, 1, 0, 0,
                10, List.of(), null));
        FxTestThread.run(() -> {
            model.addPaths(List.of(Path.of("/seized/a.txt")));
            model.custodianProperty().set("Hoa");
            model.start();
        });
        FxTestThread.waitUntil(() -> model.stageProperty().get() == Stage.FINISHED);
        assertThat(FxTestThread.call(() -> model.summaryTextProperty().get())).startsWith("1 files read")
                .endsWith("no problems.");

        FxTestThread.run(model::startOver);

        assertThat(FxTestThread.call(() -> model.stageProperty().get())).isEqualTo(Stage.CHOOSING);
        assertThat(FxTestThread.call(() -> model.paths().isEmpty())).isTrue();
        assertThat(FxTestThread.call(() -> model.custodianProperty().get())).isEqualTo("Hoa");
    }
}
