package org.spoor.ingest.extract;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running parser JVM: sends requests, hands over its frames with a deadline, keeps the tail of its stderr
 * to tell why it died, and is killed outright when it misbehaves.
 */
final class WorkerProcess implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerProcess.class);
    private static final int STDERR_LINES_KEPT = 60;
    /** Printed by the worker when any of its threads runs out of memory. */
    static final String OOM_MARKER = "SPOOR-WORKER-OUT-OF-MEMORY";

    private final Process process;
    private final Path tempDir;
    private final DataOutputStream requests;
    private final BlockingQueue<Object> frames = new LinkedBlockingQueue<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();

    /** What the reader thread queues when the channel ends. */
    private record ChannelClosed(IOException cause) {
    }

    private WorkerProcess(Process process, Path tempDir) {
        this.process = process;
        this.tempDir = tempDir;
        this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream()));
        daemon("extract-worker-out-" + process.pid(), this::readFrames).start();
        daemon("extract-worker-err-" + process.pid(), this::drainStderr).start();
    }

    static WorkerProcess start(WorkerCommand command, Duration startupTimeout) throws IOException {
        Path tempDir = command.tempParent() == null
                ? Files.createTempDirectory("spoor-extract-")
                : Files.createTempDirectory(Files.createDirectories(command.tempParent()), "spoor-extract-");
        Path argFile = tempDir.resolve("worker.args");
        Files.write(argFile, command.argumentFileLines(tempDir), StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(command.javaExecutable().toString(), "@" + argFile);
        // Tesseract's OpenMP threads would fight the other import workers for the same cores.
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        WorkerProcess worker = new WorkerProcess(builder.start(), tempDir);
        try {
            Object first = worker.frames.poll(startupTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!(first instanceof WorkerFrame.Ready)) {
                String why = first == null ? "no answer within " + startupTimeout.toSeconds() + " s"
                        : worker.diagnosis();
                worker.close();
                throw new IOException("the extraction worker did not start: " + why);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.close();
            throw new IOException("interrupted while starting the extraction worker", e);
        }
        LOG.debug("Extraction worker {} started", worker.process.pid());
        return worker;
    }

    void send(WorkerChannel.Request request) throws IOException {
        WorkerChannel.writeRequest(requests, request);
    }

    /**
     * The next frame, or null if none came within {@code wait}.
     *
     * @throws WorkerGoneException when the worker died or its channel broke
     */
    WorkerFrame next(Duration wait) throws WorkerGoneException, InterruptedException {
        Object next = frames.poll(Math.max(1, wait.toMillis()), TimeUnit.MILLISECONDS);
        if (next instanceof ChannelClosed closed) {
            frames.add(closed);
            throw new WorkerGoneException(closed.cause());
        }
        return (WorkerFrame) next;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Whether the worker reported running out of memory (its stderr carries the marker). */
    boolean ranOutOfMemory() {
        synchronized (stderrTail) {
            return stderrTail.stream().anyMatch(line -> line.contains(OOM_MARKER)
                    || line.contains("java.lang.OutOfMemoryError"));
        }
    }

    /** Exit code (waiting briefly for it) and the last stderr line, for a crash reason. */
    String diagnosis() {
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String exit = process.isAlive() ? "still running" : "exit code " + process.exitValue();
        synchronized (stderrTail) {
            return exit + (stderrTail.isEmpty() ? "" : "; last message: " + stderrTail.peekLast());
        }
    }

    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // the worker is being stopped anyway
        }
        // Tesseract runs as a child of the worker: stop it too, or it would outlive a killed worker.
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        ScratchCleaner.deleteTree(tempDir);
    }

    private void readFrames() {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16))) {
            while (true) {
                frames.add(WorkerChannel.readFrame(in));
            }
        } catch (IOException | RuntimeException e) {
            frames.add(new ChannelClosed(e instanceof IOException io ? io : new IOException(e)));
        }
    }

    private void drainStderr() {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                LOG.trace("worker {}: {}", process.pid(), line);
                synchronized (stderrTail) {
                    stderrTail.addLast(line.length() > 500 ? line.substring(0, 500) : line);
                    if (stderrTail.size() > STDERR_LINES_KEPT) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException ignored) {
            // the worker is gone; nothing more to read
        }
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        return thread;
    }

    /** The worker process ended or its channel broke in the middle of a request. */
    static final class WorkerGoneException extends Exception {
        private static final long serialVersionUID = 1L;

        WorkerGoneException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
