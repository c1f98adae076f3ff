package org.spoor.casefile.crypto;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds Argon2id parameters that take about a target time here. Memory is what hurts an attacker with GPUs most,
 * so once a few passes fit in the target, memory grows instead of the pass count.
 */
final class KdfCalibration {

    private static final Logger LOG = LoggerFactory.getLogger(KdfCalibration.class);
    private static final int PARALLELISM = 2;
    private static final int MAX_CALIBRATED_MEMORY_KIB = 1024 * 1024;
    /** RFC 9106's second recommendation is 3 passes over 64 MiB; more time than that buys more memory. */
    private static final int PASSES_BEFORE_MORE_MEMORY = 3;

    private final Duration target;

    KdfCalibration(Duration target) {
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("target must be positive: " + target);
        }
        this.target = target;
    }

    KdfParameters calibrate() {
        int memory = KdfParameters.MIN_CALIBRATED_MEMORY_KIB;
        timeOnePass(memory); // warm-up: the first run pays for JIT compilation
        // The fastest of three: other programs only ever make a run slower.
        double onePassNanos = Math.min(timeOnePass(memory), Math.min(timeOnePass(memory), timeOnePass(memory)));
        double passes = target.toNanos() / onePassNanos;
        while (passes / 2 >= PASSES_BEFORE_MORE_MEMORY && memory * 2 <= MAX_CALIBRATED_MEMORY_KIB) {
            memory *= 2;
            passes /= 2;
        }
        int iterations = (int) Math.max(1, Math.min(KdfParameters.MAX_ITERATIONS, Math.round(passes)));
        KdfParameters params = KdfParameters.argon2id(memory, iterations, PARALLELISM);
        LOG.info("Calibrated Argon2id: {} KiB, {} passes, one 64 MiB pass took {} ms",
                memory, iterations, Math.round(onePassNanos / 1e6));
        return params;
    }

    private static long timeOnePass(int memoryKiB) {
        KdfParameters probe = KdfParameters.argon2id(memoryKiB, 1, PARALLELISM);
        char[] password = "calibration".toCharArray();
        long start = System.nanoTime();
        try (SecretBytes ignored = PasswordKdf.deriveKeyEncryptionKey(password, probe)) {
            return System.nanoTime() - start;
        }
    }
}
