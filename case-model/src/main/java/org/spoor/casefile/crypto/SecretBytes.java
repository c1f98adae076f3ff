package org.spoor.casefile.crypto;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

import javax.crypto.spec.SecretKeySpec;

/**
 * Key material that is wiped when closed. Keys live in plain arrays (not Strings or SecretKeySpecs kept around)
 * so that closing really overwrites the only copy we control.
 */
public final class SecretBytes implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] bytes;
    private volatile boolean closed;

    private SecretBytes(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Fresh random key material from {@link SecureRandom}. */
    public static SecretBytes random(int length) {
        if (length <= 0) {
            throw new IllegalArgumentException("length must be positive: " + length);
        }
        byte[] b = new byte[length];
        RANDOM.nextBytes(b);
        return new SecretBytes(b);
    }

    /** Takes ownership of {@code bytes} without copying: the caller must not use the array afterwards. */
    public static SecretBytes wrap(byte[] bytes) {
        return new SecretBytes(Objects.requireNonNull(bytes, "bytes"));
    }

    /** The live array; the caller must not keep it beyond the life of this object. */
    public byte[] bytes() {
        ensureOpen();
        return bytes;
    }

    public int length() {
        return bytes.length;
    }

    public SecretBytes copy() {
        ensureOpen();
        return new SecretBytes(bytes.clone());
    }

    /**
     * An AES key over these bytes. The JDK copies the bytes into the spec and cannot wipe that copy, so create it
     * just before use and drop it right after.
     */
    public SecretKeySpec aesKey() {
        ensureOpen();
        return new SecretKeySpec(bytes, "AES");
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        Arrays.fill(bytes, (byte) 0);
        closed = true;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("key material already wiped");
        }
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "SecretBytes[" + bytes.length + " bytes" + (closed ? ", wiped" : "") + "]";
    }
}
