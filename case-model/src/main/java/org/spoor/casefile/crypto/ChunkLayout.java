package org.spoor.casefile.crypto;

/**
 * Where chunks sit in a chunked AEAD file and how long the plaintext is, from the file's length alone. Every
 * chunk is {@code chunkSize} plaintext bytes plus a 16-byte tag except the last, which holds 0..chunkSize bytes;
 * an empty plaintext is one empty last chunk. A file cut short or extended moves the "last" chunk, whose nonce
 * then carries the wrong last-chunk flag, so its tag fails.
 */
public final class ChunkLayout {

    public static final int TAG_LENGTH = 16;

    private final int chunkSize;
    private final long chunkCount;
    private final long plaintextLength;

    private ChunkLayout(int chunkSize, long chunkCount, long plaintextLength) {
        this.chunkSize = chunkSize;
        this.chunkCount = chunkCount;
        this.plaintextLength = plaintextLength;
    }

    /** Layout of a file of {@code fileLength} bytes, or an IntegrityException if no valid file is that long. */
    public static ChunkLayout ofFile(long fileLength, int chunkSize) throws IntegrityException {
        long body = fileLength - ChunkedAeadHeader.LENGTH;
        if (body < TAG_LENGTH) {
            throw new IntegrityException("encrypted file truncated: no final chunk");
        }
        long stride = (long) chunkSize + TAG_LENGTH;
        long count = (body + stride - 1) / stride;
        long last = body - (count - 1) * stride;
        if (last < TAG_LENGTH) {
            throw new IntegrityException("encrypted file truncated inside a chunk tag");
        }
        if (count > MAX_CHUNKS) {
            throw new IntegrityException("encrypted file has too many chunks: " + count);
        }
        return new ChunkLayout(chunkSize, count, body - count * TAG_LENGTH);
    }

    /** Chunk indexes are 32 bits in the nonce. */
    static final long MAX_CHUNKS = 1L << 32;

    /** Encrypted length of {@code plaintextLength} bytes in chunks of {@code chunkSize}. */
    public static long encryptedLength(long plaintextLength, int chunkSize) {
        long chunks = Math.max(1, (plaintextLength + chunkSize - 1) / chunkSize);
        return ChunkedAeadHeader.LENGTH + plaintextLength + chunks * TAG_LENGTH;
    }

    public int chunkSize() {
        return chunkSize;
    }

    public long chunkCount() {
        return chunkCount;
    }

    public long plaintextLength() {
        return plaintextLength;
    }

    long ciphertextOffset(long chunkIndex) {
        return ChunkedAeadHeader.LENGTH + chunkIndex * ((long) chunkSize + TAG_LENGTH);
    }

    int plaintextLengthOf(long chunkIndex) {
        return (int) Math.min(chunkSize, plaintextLength - chunkIndex * chunkSize);
    }

    boolean isLast(long chunkIndex) {
        return chunkIndex == chunkCount - 1;
    }
}
