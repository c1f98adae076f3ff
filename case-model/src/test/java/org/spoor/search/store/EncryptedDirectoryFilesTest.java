package org.spoor.search.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;

import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.store.ChecksumIndexInput;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.crypto.SecretBytes;

/** The Directory contract Lucene relies on, file by file, in plaintext coordinates. */
class EncryptedDirectoryFilesTest {

    private static final int SIZE = 5 * EncryptedDirectory.CHUNK_SIZE + 123;

    @TempDir
    Path dir;

    private final SecretBytes key = SecretBytes.random(32);
    private EncryptedDirectory directory;
    private byte[] content;

    @BeforeEach
    void writeAFileSpanningSeveralChunks() throws IOException {
        directory = new EncryptedDirectory(dir, key);
        content = new byte[SIZE];
        new Random(1).nextBytes(content);
        try (IndexOutput out = directory.createOutput("_0.dat", IOContext.DEFAULT)) {
            out.writeBytes(content, 0, 1000);
            for (int i = 1000; i < 2000; i++) {
                out.writeByte(content[i]);
            }
            out.writeBytes(content, 2000, SIZE - 2000);
            assertThat(out.getFilePointer()).isEqualTo(SIZE);
            CRC32 crc = new CRC32();
            crc.update(content);
            assertThat(out.getChecksum()).isEqualTo(crc.getValue());
        }
    }

    @AfterEach
    void close() throws IOException {
        directory.close();
    }

    @Test
    void lengthsAndListingAreInPlaintextTerms() throws IOException {
        assertThat(directory.fileLength("_0.dat")).isEqualTo(SIZE);
        assertThat(Files.size(dir.resolve("_0.dat"))).isGreaterThan(SIZE);
        assertThat(directory.listAll()).containsExactly("_0.dat");
        try (IndexInput in = directory.openInput("_0.dat", IOContext.DEFAULT)) {
            assertThat(in.length()).isEqualTo(SIZE);
        }
    }

    @Test
    void seeksAndReadsAnywhereGiveThePlaintext() throws IOException {
        Random random = new Random(2);
        try (IndexInput in = directory.openInput("_0.dat", IOContext.DEFAULT)) {
            for (int i = 0; i < 500; i++) {
                int pos = random.nextInt(SIZE);
                int len = Math.min(random.nextInt(40_000), SIZE - pos);
                in.seek(pos);
                byte[] got = new byte[len];
                in.readBytes(got, 0, len);
                assertThat(in.getFilePointer()).isEqualTo(pos + len);
                assertRange(got, pos);
            }
            in.seek(SIZE);
            assertThatThrownBy(in::readByte).isInstanceOf(EOFException.class);
            assertThatThrownBy(() -> in.seek(SIZE + 1)).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void clonesAndSlicesReadIndependently() throws IOException {
        try (IndexInput in = directory.openInput("_0.dat", IOContext.DEFAULT)) {
            in.seek(100);
            IndexInput clone = in.clone();
            assertThat(clone.getFilePointer()).isEqualTo(100);
            clone.seek(40_000);
            assertThat(in.getFilePointer()).isEqualTo(100);
            assertThat(clone.readByte()).isEqualTo(content[40_000]);

            int offset = EncryptedDirectory.CHUNK_SIZE - 10;
            IndexInput slice = in.slice("middle", offset, 30_000);
            assertThat(slice.length()).isEqualTo(30_000);
            assertThat(slice.getFilePointer()).isZero();
            byte[] got = new byte[30_000];
            slice.readBytes(got, 0, got.length);
            assertRange(got, offset);
            assertThatThrownBy(slice::readByte).isInstanceOf(EOFException.class);

            IndexInput inner = slice.slice("inner", 5, 10);
            inner.seek(3);
            assertThat(inner.readByte()).isEqualTo(content[offset + 8]);
            IndexInput sliceClone = slice.clone();
            assertThat(sliceClone.getFilePointer()).isEqualTo(30_000);
            sliceClone.seek(29_999);
            assertThat(sliceClone.readByte()).isEqualTo(content[offset + 29_999]);
            assertThatThrownBy(() -> in.slice("too long", SIZE - 5, 6))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void checksumInputAgreesWithWhatWasWritten() throws IOException {
        CRC32 crc = new CRC32();
        crc.update(content);
        try (ChecksumIndexInput in = directory.openChecksumInput("_0.dat", IOContext.READONCE)) {
            byte[] all = new byte[SIZE];
            in.readBytes(all, 0, SIZE);
            assertThat(in.getChecksum()).isEqualTo(crc.getValue());
            assertThat(all).isEqualTo(content);
        }
    }

    @Test
    void codecFootersVerifyThroughTheDirectory() throws IOException {
        try (IndexOutput out = directory.createOutput("_1.cod", IOContext.DEFAULT)) {
            CodecUtil.writeHeader(out, "spoor", 1);
            out.writeString("pangolin ledger");
            CodecUtil.writeFooter(out);
        }
        try (IndexInput in = directory.openInput("_1.cod", IOContext.DEFAULT)) {
            CodecUtil.checksumEntireFile(in);
        }
    }

    @Test
    void renameDeleteAndTempFilesBehaveLikeAFileSystemDirectory() throws IOException {
        directory.rename("_0.dat", "segments_1");
        directory.syncMetaData();
        assertThat(directory.listAll()).containsExactly("segments_1");
        try (IndexInput in = directory.openInput("segments_1", IOContext.DEFAULT)) {
            byte[] got = new byte[SIZE];
            in.readBytes(got, 0, SIZE);
            assertThat(got).isEqualTo(content);
        }
        assertThatThrownBy(() -> directory.openInput("_0.dat", IOContext.DEFAULT))
                .isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> directory.createOutput("segments_1", IOContext.DEFAULT))
                .isInstanceOf(FileAlreadyExistsException.class);

        IndexOutput temp = directory.createTempOutput("_0", "sort", IOContext.DEFAULT);
        temp.writeInt(42);
        temp.close();
        directory.sync(List.of(temp.getName(), "segments_1"));
        try (IndexInput in = directory.openInput(temp.getName(), IOContext.DEFAULT)) {
            assertThat(in.readInt()).isEqualTo(42);
        }
        directory.deleteFile(temp.getName());
        assertThat(directory.listAll()).containsExactly("segments_1");
        assertThatThrownBy(() -> directory.deleteFile("nope")).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aSecondWriteLockIsRefused() throws IOException {
        try (Lock lock = directory.obtainLock("write.lock")) {
            lock.ensureValid();
            assertThatThrownBy(() -> directory.obtainLock("write.lock"))
                    .isInstanceOf(LockObtainFailedException.class);
        }
    }

    @Test
    void filesSwappedBetweenNamesOrAlteredAreReportedAsCorrupt() throws IOException {
        try (IndexOutput out = directory.createOutput("_2.dat", IOContext.DEFAULT)) {
            out.writeBytes(content, 0, 100);
        }
        Path a = dir.resolve("_0.dat");
        Path b = dir.resolve("_2.dat");
        byte[] rawA = Files.readAllBytes(a);
        Files.write(a, Files.readAllBytes(b));
        Files.write(b, rawA);
        assertThatThrownBy(() -> directory.openInput("_0.dat", IOContext.DEFAULT))
                .isInstanceOf(CorruptIndexException.class);
        Files.write(b, Files.readAllBytes(a)); // restore _2's bytes to _2, damage them inside chunk 0
        byte[] rawB = Files.readAllBytes(b);
        rawB[rawB.length - 20] ^= 1;
        Files.write(b, rawB);
        try (IndexInput in = directory.openInput("_2.dat", IOContext.DEFAULT)) {
            assertThatThrownBy(in::readByte).isInstanceOf(CorruptIndexException.class);
        }
    }

    @Test
    void clonesReadConcurrentlyFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (IndexInput in = directory.openInput("_0.dat", IOContext.DEFAULT)) {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                IndexInput clone = in.clone();
                long seed = t;
                results.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    for (int i = 0; i < 300; i++) {
                        int pos = random.nextInt(SIZE - 100);
                        clone.seek(pos);
                        byte[] got = new byte[100];
                        clone.readBytes(got, 0, 100);
                        assertRange(got, pos);
                    }
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void assertRange(byte[] got, int pos) {
        for (int j = 0; j < got.length; j++) {
            if (got[j] != content[pos + j]) {
                throw new AssertionError("byte at " + (pos + j) + " differs");
            }
        }
    }
}
