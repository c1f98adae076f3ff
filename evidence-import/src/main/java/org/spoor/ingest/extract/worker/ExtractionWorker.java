package org.spoor.ingest.extract.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.spoor.ingest.extract.ScratchCleaner;
import org.spoor.ingest.extract.WorkerChannel;
import org.spoor.ingest.extract.WorkerFrame;

/**
 * The forked parser JVM: reads requests on stdin, parses each with Tika, answers with frames on stdout. It
 * ends when the parent closes stdin, or right after a request that ran out of memory (so the next item
 * starts in a clean JVM). Everything parsers print goes to stderr, so stdout carries only frames.
 */
public final class ExtractionWorker {

    /** Printed on stderr when a thread runs out of memory; the parent reads it (WorkerProcess.OOM_MARKER). */
    static final String OOM_MARKER = "SPOOR-WORKER-OUT-OF-MEMORY";

    private ExtractionWorker() {
    }

    public static void main(String[] args) throws IOException {
        DataOutputStream channel = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        PrintStream stderr = System.err;
        System.setOut(stderr);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (error instanceof OutOfMemoryError) {
                stderr.println(OOM_MARKER + " in thread " + thread.getName());
            }
            error.printStackTrace(stderr);
        });
        endWithParent();
        WorkerOptions options = WorkerOptions.parse(args);
        ItemExtractor extractor = new ItemExtractor(options, TikaSetup.create(options), new LanguageGuesser());
        FrameSink sink = frame -> WorkerChannel.writeFrame(channel, frame);
        sink.send(new WorkerFrame.Ready());
        Path tempDir = Path.of(System.getProperty("java.io.tmpdir"));
        try (DataInputStream requests = new DataInputStream(new BufferedInputStream(System.in))) {
            WorkerChannel.Request request;
            while ((request = WorkerChannel.readRequest(requests)) != null) {
                boolean outOfMemory = extractor.extract(request, sink);
                // Parsers' own temporary files: this JVM's temp folder is private, wipe it between items.
                ScratchCleaner.deleteContents(tempDir);
                if (outOfMemory) {
                    stderr.println(OOM_MARKER + " during a request; retiring");
                }
                sink.send(new WorkerFrame.Done(outOfMemory));
                if (outOfMemory) {
                    break;
                }
            }
        }
        channel.flush();
        // A parser may have left non-daemon threads behind; nothing here is worth waiting for.
        Runtime.getRuntime().halt(0);
    }

    /**
     * If the importing JVM dies (even by SIGKILL), this worker must not live on as an orphan stuck in a hung
     * parse. Halting is the only way to stop a parser thread that ignores interrupts; it is this process's
     * own, deliberate end (what Tika's ForkServer does too), not an exit of the application.
     */
    private static void endWithParent() {
        ProcessHandle.current().parent().ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(2)),
                () -> Runtime.getRuntime().halt(2));
    }
}
