package org.spoor.ingest.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How to start a parser worker: the same Java and class path as this JVM, its own heap, and the settings
 * the worker needs as arguments.
 */
record WorkerCommand(Path javaExecutable, String classPath, List<String> jvmOptions, List<String> workerArguments,
                     Path tempParent) {

    static final String MAIN_CLASS = "org.spoor.ingest.extract.worker.ExtractionWorker";

    static WorkerCommand fromCurrentJvm(ExtractionSettings settings) {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
        Path java = Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java");
        List<String> jvm = List.of(
                "-Xmx" + settings.workerHeapMb() + "m",
                // One parse at a time per worker: the serial collector keeps a small heap's overhead low.
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Dlogback.configurationFile=org/spoor/ingest/extract/worker/worker-logback.xml");
        List<String> args = List.of(
                "--max-depth", Integer.toString(settings.maxDepth()),
                "--max-text-chars", Long.toString(settings.maxTextChars()),
                "--max-embedded-bytes", Long.toString(settings.maxEmbeddedBytes()),
                "--ocr", Boolean.toString(settings.ocrEnabled()),
                "--ocr-languages", String.join("+", settings.ocrLanguages()),
                "--timeout-seconds", Long.toString(Math.max(1, settings.timeoutPerItem().toSeconds())),
                "--heap-mb", Integer.toString(settings.workerHeapMb()));
        return new WorkerCommand(java, System.getProperty("java.class.path"), jvm, args,
                settings.workerTempDir());
    }

    /** The lines of a {@code java @argfile}: keeps a long class path off the command line (Windows limits it). */
    List<String> argumentFileLines(Path tempDir) {
        List<String> lines = new ArrayList<>(jvmOptions);
        lines.add(quoted("-Djava.io.tmpdir=" + tempDir));
        lines.add("-cp");
        lines.add(quoted(classPath));
        lines.add(MAIN_CLASS);
        workerArguments.forEach(arg -> lines.add(quoted(arg)));
        return lines;
    }

    /** Argument files treat spaces and backslashes specially: quote and escape (JDK "java" tool docs). */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
