package org.spoor.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.verify.CaseVerifier;
import org.spoor.casefile.verify.VerificationReport;
import org.spoor.exhibit.Exhibit;

/**
 * A child JVM writing exhibits in a loop is killed with SIGKILL at random moments, round after round;
 * each time the case must reopen, verify, and hold every registration the child had acknowledged.
 */
class CrashSafetyTest {

    private static final int ROUNDS = 8;

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedChangeSurvivesSigkillAndTheCaseStillVerifies() throws Exception {
        Path dir = temp.resolve("crash.spoor");
        TestCases.create(dir).close();
        Random random = new Random(20260314);
        int nextItem = 1;
        int totalAcknowledged = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int acknowledged = runAndKill(dir, nextItem, 150 + random.nextInt(900));
            try (CaseFile reopened = CaseFile.open(dir, TestCases.PASSWORD, TestCases.options())) {
                Set<String> names = reopened.exhibits().all().stream().map(Exhibit::originalName)
                        .collect(Collectors.toSet());
                for (int i = nextItem; i <= acknowledged; i++) {
                    assertThat(names).as("round %d: acknowledged item %d", round, i).contains("item-" + i + ".txt");
                }
                VerificationReport report = new CaseVerifier(reopened).verify(CaseVerifier.VerificationProgress.NONE);
                assertThat(report.problems()).as("round %d", round).isEmpty();
                int highest = names.stream().filter(n -> n.startsWith("item-"))
                        .mapToInt(n -> Integer.parseInt(n.substring(5, n.length() - 4))).max().orElse(0);
                totalAcknowledged += Math.max(0, acknowledged - nextItem + 1);
                nextItem = Math.max(highest, acknowledged) + 1;
            }
        }
        assertThat(totalAcknowledged).as("the child must have written something to make this test mean anything")
                .isGreaterThan(ROUNDS);
    }

    /** Returns the highest item number the child acknowledged before it was killed. */
    private static int runAndKill(Path dir, int start, long killAfterMillis) throws Exception {
        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx256m", CrashingWriter.class.getName(),
                dir.toString(), Integer.toString(start)))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        AtomicInteger lastAck = new AtomicInteger(start - 1);
        Object opened = new Object();
        boolean[] isOpen = {false};
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("OPEN")) {
                        synchronized (opened) {
                            isOpen[0] = true;
                            opened.notifyAll();
                        }
                    } else if (line.startsWith("ACK ")) {
                        lastAck.set(Integer.parseInt(line.substring(4)));
                    }
                }
            } catch (java.io.IOException killed) {
                // the stream ends when the child is killed
            }
        });
        reader.start();
        synchronized (opened) {
            long deadline = System.currentTimeMillis() + 30_000;
            while (!isOpen[0] && System.currentTimeMillis() < deadline) {
                opened.wait(1000);
            }
        }
        assertThat(isOpen[0]).as("the child opened the case").isTrue();
        Thread.sleep(killAfterMillis);
        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no H2 close
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(10_000);
        return lastAck.get();
    }
}
