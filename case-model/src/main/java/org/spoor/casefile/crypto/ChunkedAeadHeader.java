package org.spoor.casefile.crypto;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The clear header of a chunked AEAD file (format version 1), 80 bytes:
 *
 * <pre>
 *  0  4  magic "SPAE" (Spoor Authenticated Encryption)
 *  4  1  format version (1)
 *  5  1  log2 of the plaintext chunk size
 *  6  2  reserved, zero
 *  8 32  random per-file salt: the file's keys are HKDF(master key, salt)
 * 40  7  random nonce prefix; chunk nonce = prefix || chunk index (4, big-endian) || last-chunk flag (1)
 * 47  1  reserved, zero
 * 48 32  identity tag: HMAC-SHA256(file tag key, bytes 0..47 || identity), written when the file is finished
 * </pre>
 *
 * Bytes 0..47 are the authenticated part every chunk carries as AAD. The identity (a blob id, an index file
 * name) is bound by the tag rather than fed into the key because a blob's id is known only after its content has
 * been hashed, at the end of a one-pass write; the tag is checked when the file is opened, so a swapped file is
 * refused before a single byte of it is returned.
 */
public final class ChunkedAeadHeader {

    public static final int LENGTH = 80;
    public static final int FIXED_LENGTH = 48;
    public static final int TAG_OFFSET = 48;
    public static final int TAG_LENGTH = 32;
    public static final int SALT_LENGTH = 32;
    public static final int NONCE_PREFIX_LENGTH = 7;
    public static final int MIN_CHUNK_SHIFT = 10;
    public static final int MAX_CHUNK_SHIFT = 24;

    private static final byte[] MAGIC = {'S', 'P', 'A', 'E'};
    private static final byte VERSION = 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] fixed;
    private final byte[] tag;

    private ChunkedAeadHeader(byte[] fixed, byte[] tag) {
        this.fixed = fixed;
        this.tag = tag;
    }

    /** A header for a new file with fresh salt and nonce prefix; {@code chunkSize} must be a power of two. */
    public static ChunkedAeadHeader fresh(int chunkSize) {
        int shift = Integer.numberOfTrailingZeros(chunkSize);
        if (Integer.bitCount(chunkSize) != 1 || shift < MIN_CHUNK_SHIFT || shift > MAX_CHUNK_SHIFT) {
            throw new IllegalArgumentException("chunk size must be a power of two between 1 KiB and 16 MiB: "
                    + chunkSize);
        }
        byte[] fixed = new byte[FIXED_LENGTH];
        System.arraycopy(MAGIC, 0, fixed, 0, MAGIC.length);
        fixed[4] = VERSION;
        fixed[5] = (byte) shift;
        byte[] random = new byte[SALT_LENGTH + NONCE_PREFIX_LENGTH];
        RANDOM.nextBytes(random);
        System.arraycopy(random, 0, fixed, 8, random.length);
        return new ChunkedAeadHeader(fixed, new byte[TAG_LENGTH]);
    }

    /** Reads and checks the header at the start of {@code channel}. */
    public static ChunkedAeadHeader read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, buffer.position()) < 0) {
                throw new IntegrityException("encrypted file shorter than its header: " + buffer.position()
                        + " bytes");
            }
        }
        byte[] all = buffer.array();
        byte[] fixed = Arrays.copyOf(all, FIXED_LENGTH);
        if (!Arrays.equals(fixed, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IntegrityException("not an encrypted Spoor file (bad magic)");
        }
        if (fixed[4] != VERSION) {
            throw new IntegrityException("unsupported encrypted file format version " + fixed[4]);
        }
        if (fixed[5] < MIN_CHUNK_SHIFT || fixed[5] > MAX_CHUNK_SHIFT) {
            throw new IntegrityException("chunk size out of range: 2^" + fixed[5]);
        }
        return new ChunkedAeadHeader(fixed, Arrays.copyOfRange(all, TAG_OFFSET, LENGTH));
    }

    static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long pos = position;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, pos);
            if (n < 0) {
                throw new EOFException("unexpected end of encrypted file at " + pos);
            }
            pos += n;
        }
    }

    public int chunkSize() {
        return 1 << fixed[5];
    }

    /** The authenticated part (bytes 0..47): AAD of every chunk and input of the identity tag. */
    byte[] fixedBytes() {
        return fixed;
    }

    byte[] salt() {
        return Arrays.copyOfRange(fixed, 8, 8 + SALT_LENGTH);
    }

    byte[] noncePrefix() {
        return Arrays.copyOfRange(fixed, 40, 40 + NONCE_PREFIX_LENGTH);
    }

    byte[] tag() {
        return tag.clone();
    }

    /** The whole 80-byte header with the given identity tag. */
    ByteBuffer toBuffer(byte[] identityTag) {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        buffer.put(fixed).put(identityTag).flip();
        return buffer;
    }
}
