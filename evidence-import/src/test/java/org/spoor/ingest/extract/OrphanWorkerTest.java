package org.spoor.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import JVM killed with SIGKILL leaves no parser worker running behind it, even one stuck in a parse. */
class OrphanWorkerTest {

    private static final String ENDLESS_SLEEP = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<mock>\n"
            + "  <write element=\"p\">stuck</write>\n"
            + "  <hang millis=\"600000\" heavy=\"false\" interruptible=\"false\"/>\n</mock>\n";

    @Test
    void aWorkerStuckInAParseEndsWhenItsImportIsKilled(@TempDir Path work) throws Exception {
        Path stuck = Files.writeString(work.resolve("stuck.xml"), ENDLESS_SLEEP);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process importJvm = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp",
                System.getProperty("java.class.path"), HangingImportMain.class.getName(), stuck.toString(),
                work.resolve("scratch").toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("import.log").toFile()).start();
        try {
            ProcessHandle worker = awaitWorker(importJvm).orElseThrow(() -> new AssertionError(
                    "no worker started; import log: " + readLog(work)));
            Thread.sleep(2_000); // let it get into the endless parse

            importJvm.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            boolean ended = worker.onExit().thenApply(handle -> true).completeOnTimeout(false, 60, TimeUnit.SECONDS)
                    .get();
            assertThat(ended).as("the orphaned worker ended").isTrue();
        } finally {
            importJvm.descendants().forEach(ProcessHandle::destroyForcibly);
            importJvm.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> awaitWorker(Process importJvm) throws InterruptedException {
        for (int i = 0; i < 240 && importJvm.isAlive(); i++) {
            Optional<ProcessHandle> worker = importJvm.descendants()
                    .filter(handle -> handle.info().commandLine().orElse("").contains("worker.args")).findFirst();
            if (worker.isPresent()) {
                return worker;
            }
            Thread.sleep(250);
        }
        return Optional.empty();
    }

    private static String readLog(Path work) {
        try {
            return Files.readString(work.resolve("import.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }
}
