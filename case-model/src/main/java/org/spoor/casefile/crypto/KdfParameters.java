package org.spoor.casefile.crypto;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Parameters of the password KDF as stored in the clear case header. The header is untrusted input: the canonical
 * constructor refuses values that would make opening a case exhaust the laptop (a planted header asking for
 * 64 GiB or a million passes) or that are too weak to be ours (short salt).
 */
public record KdfParameters(String algorithm, int memoryKiB, int iterations, int parallelism, byte[] salt) {

    public static final String ARGON2ID = "argon2id";
    public static final int SALT_LENGTH = 16;
    /** 4 GiB: beyond what a case laptop can spare. */
    public static final int MAX_MEMORY_KIB = 4 * 1024 * 1024;
    public static final int MAX_ITERATIONS = 100;
    public static final int MAX_PARALLELISM = 64;
    /** The floor for calibrated parameters: at least 64 MiB. */
    public static final int MIN_CALIBRATED_MEMORY_KIB = 64 * 1024;

    private static final SecureRandom RANDOM = new SecureRandom();

    public KdfParameters {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(salt, "salt");
        salt = salt.clone();
        validate(algorithm, memoryKiB, iterations, parallelism, salt);
    }

    /** Argon2id with a fresh random 16-byte salt. */
    public static KdfParameters argon2id(int memoryKiB, int iterations, int parallelism) {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        return new KdfParameters(ARGON2ID, memoryKiB, iterations, parallelism, salt);
    }

    /**
     * Argon2id tuned so that one derivation takes about {@code target} on this machine, with at least 64 MiB of
     * memory. See {@link KdfCalibration}.
     */
    public static KdfParameters calibrated(Duration target) {
        return new KdfCalibration(target).calibrate();
    }

    /** Re-checks the values (the constructor already did); returns this for chaining after parsing a header. */
    public KdfParameters validate() {
        validate(algorithm, memoryKiB, iterations, parallelism, salt);
        return this;
    }

    /** A copy of the salt (records expose arrays by reference otherwise). */
    @Override
    public byte[] salt() {
        return salt.clone();
    }

    private static void validate(String algorithm, int memoryKiB, int iterations, int parallelism, byte[] salt) {
        if (!ARGON2ID.equals(algorithm)) {
            throw new IllegalArgumentException("unknown key derivation algorithm: " + algorithm);
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IllegalArgumentException("parallelism out of range 1.." + MAX_PARALLELISM + ": " + parallelism);
        }
        // Argon2 needs at least 8 KiB per lane (RFC 9106, section 3.1).
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("memory out of range 8*p.." + MAX_MEMORY_KIB + " KiB: " + memoryKiB);
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations out of range 1.." + MAX_ITERATIONS + ": " + iterations);
        }
        if (salt.length < SALT_LENGTH || salt.length > 1024) {
            throw new IllegalArgumentException("salt must be " + SALT_LENGTH + "..1024 bytes: " + salt.length);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KdfParameters p && algorithm.equals(p.algorithm) && memoryKiB == p.memoryKiB
                && iterations == p.iterations && parallelism == p.parallelism && Arrays.equals(salt, p.salt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, memoryKiB, iterations, parallelism, Arrays.hashCode(salt));
    }

    @Override
    public String toString() {
        return "KdfParameters[" + algorithm + ", m=" + memoryKiB + " KiB, t=" + iterations + ", p=" + parallelism
                + ", salt=" + HexFormat.of().formatHex(salt) + "]";
    }
}
