package org.spoor.casefile.blob;

import java.io.InterruptedIOException;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * SHA-256 (the case's identity of an original) and MD5 (what other forensic tools print) in one pass. MD5 is the
 * slowest step of storing (measured: about half the speed of SHA-256 with the JDK's intrinsics), so from the
 * second buffer on it runs on a worker thread while the caller hashes SHA-256 and encrypts.
 *
 * <p>Contract with the caller: the buffer given to {@code update} call i must not change until call i+1 (or
 * {@link #md5()}) has returned; alternating two buffers satisfies it.
 */
final class ContentDigests {

    private final MessageDigest sha256 = digest("SHA-256");
    private final MessageDigest md5 = digest("MD5");
    private final ExecutorService md5Worker;
    private Future<?> pendingMd5;
    private long size;
    private String sha256Hex;
    private String md5Hex;

    /** @param md5Worker where MD5 runs from the second buffer on, or null to hash everything on the caller */
    ContentDigests(ExecutorService md5Worker) {
        this.md5Worker = md5Worker;
    }

    void update(byte[] b, int off, int len) throws IOException {
        awaitMd5();
        if (md5Worker == null || size == 0) {
            md5.update(b, off, len);
        } else {
            pendingMd5 = md5Worker.submit(() -> md5.update(b, off, len));
        }
        sha256.update(b, off, len);
        size += len;
    }

    String sha256() {
        if (sha256Hex == null) {
            sha256Hex = HexFormat.of().formatHex(sha256.digest());
        }
        return sha256Hex;
    }

    String md5() throws IOException {
        if (md5Hex == null) {
            awaitMd5();
            md5Hex = HexFormat.of().formatHex(md5.digest());
        }
        return md5Hex;
    }

    long size() {
        return size;
    }

    /** Stops waiting for the worker (the store failed); the worker finishes its one buffer on its own. */
    void abandon() {
        if (pendingMd5 != null) {
            pendingMd5.cancel(false);
        }
    }

    private void awaitMd5() throws IOException {
        if (pendingMd5 == null) {
            return;
        }
        try {
            pendingMd5.get();
            pendingMd5 = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        } catch (ExecutionException e) {
            throw new IllegalStateException("MD5 failed", e.getCause());
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
