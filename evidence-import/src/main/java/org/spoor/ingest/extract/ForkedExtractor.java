package org.spoor.ingest.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs Tika in a child JVM (see {@link WorkerProcess}) and turns whatever that child does (answer, hang, run
 * out of memory, die) into an {@link ExtractedItem}. The child is started on first use and restarted lazily on
 * the next item after it was killed.
 */
final class ForkedExtractor implements Extractor {

    private static final Logger LOG = LoggerFactory.getLogger(ForkedExtractor.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);

    private final ExtractionSettings settings;
    private final WorkerCommand command;
    private WorkerProcess worker;
    private boolean closed;

    ForkedExtractor(ExtractionSettings settings, WorkerCommand command) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.command = Objects.requireNonNull(command, "command");
    }

    @Override
    public synchronized ExtractedItem extract(Path file, String displayName, Path scratchDir) {
        String name = displayName == null || displayName.isBlank() ? String.valueOf(file.getFileName()) : displayName;
        try {
            if (closed) {
                throw new IllegalStateException("this extractor is closed");
            }
            return extractChecked(file, name, scratchDir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopWorker();
            return failed(file, name, ExtractionProblem.Kind.TIMEOUT, "the import was interrupted");
        } catch (IOException | RuntimeException e) {
            // Each item is its own failure boundary: name it, never throw at the import.
            LOG.warn("Extraction of {} failed", name, e);
            stopWorker();
            return failed(file, name, ExtractionProblem.Kind.PARSER_CRASH, "extraction failed: " + e.getMessage());
        }
    }

    private ExtractedItem extractChecked(Path file, String name, Path scratchDir)
            throws IOException, InterruptedException {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            return failed(file, name, ExtractionProblem.Kind.CORRUPT, "not a readable file");
        }
        if (Files.size(file) == 0) {
            return ExtractedItem.failed(name, file, "application/octet-stream",
                    ExtractionProblem.of(ExtractionProblem.Kind.EMPTY, "the file is empty (0 bytes)"));
        }
        Files.createDirectories(scratchDir);
        WorkerProcess running = runningWorker();
        running.send(new WorkerChannel.Request(file.toAbsolutePath(), name, scratchDir.toAbsolutePath()));
        return collect(running, new ItemAssembler(file, name, scratchDir));
    }

    private ExtractedItem collect(WorkerProcess running, ItemAssembler assembler) throws InterruptedException {
        Duration timeout = settings.timeoutPerItem();
        while (true) {
            WorkerFrame frame;
            try {
                frame = running.next(timeout);
            } catch (WorkerProcess.WorkerGoneException gone) {
                return assembler.abandon(whyWorkerDied(running));
            }
            if (frame == null) {
                ExtractionProblem problem = running.ranOutOfMemory()
                        ? outOfMemory()
                        : ExtractionProblem.of(ExtractionProblem.Kind.TIMEOUT, "no progress for "
                                + timeout.toSeconds() + " s: the parser was stopped (it hung or looped)");
                stopWorker();
                return assembler.abandon(problem);
            }
            if (frame instanceof WorkerFrame.Done done) {
                if (done.retiring()) {
                    stopWorker();
                }
                return assembler.complete();
            }
            assembler.accept(frame);
        }
    }

    private ExtractionProblem whyWorkerDied(WorkerProcess running) {
        String diagnosis = running.diagnosis();
        boolean oom = running.ranOutOfMemory();
        stopWorker();
        if (oom) {
            return outOfMemory();
        }
        return ExtractionProblem.of(ExtractionProblem.Kind.PARSER_CRASH,
                "the parser process ended unexpectedly (" + diagnosis + ")");
    }

    private ExtractionProblem outOfMemory() {
        return ExtractionProblem.of(ExtractionProblem.Kind.OUT_OF_MEMORY,
                "the parser ran out of memory (worker heap " + settings.workerHeapMb() + " MB) and was stopped");
    }

    private WorkerProcess runningWorker() throws IOException {
        if (worker != null && !worker.isAlive()) {
            stopWorker();
        }
        if (worker == null) {
            worker = WorkerProcess.start(command, STARTUP_TIMEOUT);
        }
        return worker;
    }

    private void stopWorker() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    private static ExtractedItem failed(Path file, String name, ExtractionProblem.Kind kind, String reason) {
        return ExtractedItem.failed(name, file, MediaTypeSniffer.sniff(file, name), ExtractionProblem.of(kind, reason));
    }

    @Override
    public synchronized void close() {
        closed = true;
        stopWorker();
    }
}
