package org.spoor.casefile.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChunkedAeadFileTest {

    private static final int CHUNK = 1024;
    private static final byte[] NAME = "_0.cfs".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private final SecretBytes key = SecretBytes.random(32);

    private Path write(byte[] content, byte[] identity) throws IOException {
        Path file = dir.resolve("f" + content.length);
        try (ChunkedAeadOutputStream out = new ChunkedAeadOutputStream(
                FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), key, CHUNK,
                identity)) {
            // odd-sized writes cross chunk boundaries in every way
            int pos = 0;
            int step = 1;
            while (pos < content.length) {
                int n = Math.min(step, content.length - pos);
                out.write(content, pos, n);
                pos += n;
                step = step * 3 + 1;
            }
            assertThat(out.plaintextLength()).isEqualTo(content.length);
        }
        return file;
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    private ChunkedAeadFile open(Path file, byte[] identity) throws IOException {
        return ChunkedAeadFile.open(FileChannel.open(file, StandardOpenOption.READ), key, identity, 3);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK, 10 * CHUNK + 17})
    void sequentialReadingGivesBackEveryByte(int size) throws IOException {
        byte[] content = random(size, size);
        Path file = write(content, NAME);
        assertThat(Files.size(file)).isEqualTo(ChunkLayout.encryptedLength(size, CHUNK));
        try (InputStream in = ChunkedAeadInputStream.open(FileChannel.open(file), key, NAME)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void randomAccessReadsMatchThePlaintextAtEveryPosition() throws IOException {
        byte[] content = random(7 * CHUNK + 100, 42);
        try (ChunkedAeadFile file = open(write(content, NAME), NAME)) {
            assertThat(file.length()).isEqualTo(content.length);
            Random random = new Random(7);
            for (int i = 0; i < 2000; i++) {
                int pos = random.nextInt(content.length);
                int len = random.nextInt(3 * CHUNK);
                byte[] got = new byte[len];
                int n = file.read(pos, got, 0, len);
                int expected = Math.min(len, content.length - pos);
                assertThat(n).isEqualTo(expected);
                for (int j = 0; j < n; j++) {
                    if (got[j] != content[pos + j]) {
                        throw new AssertionError("byte " + (pos + j) + " differs");
                    }
                }
            }
            assertThat(file.read(content.length, new byte[4], 0, 4)).isEqualTo(-1);
        }
    }

    @Test
    void aFileOpenedUnderAnotherIdentityIsRefusedAtOnce() throws IOException {
        Path file = write(random(5000, 1), NAME);
        assertThatThrownBy(() -> open(file, "_1.cfs".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntegrityException.class).hasMessageContaining("does not belong");
    }

    @Test
    void aFileOpenedWithAnotherKeyIsRefused() throws IOException {
        Path file = write(random(5000, 1), NAME);
        try (SecretBytes other = SecretBytes.random(32)) {
            assertThatThrownBy(() -> ChunkedAeadFile.open(FileChannel.open(file), other, NAME, 1))
                    .isInstanceOf(IntegrityException.class);
        }
    }

    @Test
    void rebindingMovesTheFileToItsNewIdentity() throws IOException {
        byte[] content = random(3000, 3);
        Path file = write(content, "pending_segments_2".getBytes(StandardCharsets.UTF_8));
        byte[] newName = "segments_2".getBytes(StandardCharsets.UTF_8);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ChunkedAeadFile.rebindIdentity(channel, key,
                    "pending_segments_2".getBytes(StandardCharsets.UTF_8), newName);
        }
        try (InputStream in = ChunkedAeadInputStream.open(FileChannel.open(file), key, newName)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThatThrownBy(() -> open(file, "pending_segments_2".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IntegrityException.class);
    }

    @Test
    void anUnfinishedFileNeverAuthenticates() throws IOException {
        Path file = dir.resolve("unfinished");
        ChunkedAeadOutputStream out = new ChunkedAeadOutputStream(
                FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), key, CHUNK, null);
        out.write(random(3000, 4));
        out.close(); // no identity bound: closed without sealing the last chunk or writing the tag
        assertThatThrownBy(() -> open(file, NAME)).isInstanceOf(IntegrityException.class);
    }

    @Test
    void anEmptyFileCutToItsHeaderIsRefused() throws IOException {
        Path file = write(new byte[0], NAME);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(ChunkedAeadHeader.LENGTH);
        }
        assertThatThrownBy(() -> open(file, NAME)).isInstanceOf(IntegrityException.class);
    }

    @Test
    void aFlippedBitInAnEmptyFilesOnlyChunkIsRefused() throws IOException {
        Path file = write(new byte[0], NAME);
        byte[] raw = Files.readAllBytes(file);
        raw[raw.length - 1] ^= 1;
        Files.write(file, raw);
        assertThatThrownBy(() -> open(file, NAME)).isInstanceOf(IntegrityException.class);
    }
}
