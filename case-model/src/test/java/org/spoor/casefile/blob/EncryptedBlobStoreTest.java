package org.spoor.casefile.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spoor.casefile.blob.BlobStoreFixture.CHUNK;
import static org.spoor.casefile.blob.BlobStoreFixture.allFiles;
import static org.spoor.casefile.blob.BlobStoreFixture.hex;
import static org.spoor.casefile.blob.BlobStoreFixture.newStore;
import static org.spoor.casefile.blob.BlobStoreFixture.random;
import static org.spoor.casefile.blob.BlobStoreFixture.read;
import static org.spoor.casefile.blob.BlobStoreFixture.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spoor.casefile.crypto.ChunkedAeadFile;

class EncryptedBlobStoreTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 5 * 1024 * 1024 + 3})
    void contentComesBackBitExactWithItsHashesAndSize(int size) throws IOException {
        byte[] content = random(size, size);
        try (EncryptedBlobStore store = newStore(dir)) {
            StoredBlob blob = store(store, content);
            assertThat(blob.size()).isEqualTo(size);
            assertThat(blob.sha256()).isEqualTo(hex("SHA-256", content));
            assertThat(blob.md5()).isEqualTo(hex("MD5", content));
            assertThat(blob.alreadyPresent()).isFalse();
            assertThat(store.contains(blob.blobId())).isTrue();
            assertThat(read(store, blob.blobId())).isEqualTo(content);
            assertThat(store.verify(blob.blobId(), blob.sha256())).isEqualTo(BlobCheck.ok(blob.blobId()));
        }
    }

    @Test
    void randomAccessReadsAnyRangeOfABlob() throws IOException {
        byte[] content = random(5 * CHUNK + 7, 21);
        try (EncryptedBlobStore store = newStore(dir)) {
            StoredBlob blob = store(store, content);
            try (ChunkedAeadFile file = store.openRandomAccess(blob.blobId())) {
                assertThat(file.length()).isEqualTo(content.length);
                byte[] got = new byte[CHUNK + 10];
                assertThat(file.read(2 * CHUNK - 5, got, 0, got.length)).isEqualTo(got.length);
                assertThat(got).isEqualTo(Arrays.copyOfRange(content, 2 * CHUNK - 5, 3 * CHUNK + 5));
            }
        }
    }

    @Test
    void theSameContentIsStoredOnce() throws IOException {
        byte[] content = random(3 * CHUNK + 5, 9);
        try (EncryptedBlobStore store = newStore(dir)) {
            StoredBlob first = store(store, content);
            StoredBlob second = store(store, content.clone());
            assertThat(second.blobId()).isEqualTo(first.blobId());
            assertThat(second.alreadyPresent()).isTrue();
            assertThat(second.sha256()).isEqualTo(first.sha256());
            assertThat(store.blobIds()).containsExactly(first.blobId());
            assertThat(allFiles(dir)).hasSize(1);
        }
    }

    /** The import stores files on several workers; two seized copies of one file must count as one new blob. */
    @Test
    void theSameContentStoredByManyWorkersAtOnceIsNewForExactlyOne() throws Exception {
        int workers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try (EncryptedBlobStore store = newStore(dir)) {
            for (int round = 0; round < 40; round++) {
                byte[] content = random(100 + round, 1000 + round);
                CyclicBarrier start = new CyclicBarrier(workers);
                List<Future<StoredBlob>> stored = new ArrayList<>();
                for (int w = 0; w < workers; w++) {
                    stored.add(pool.submit(() -> {
                        start.await();
                        return store(store, content);
                    }));
                }
                int fresh = 0;
                for (Future<StoredBlob> blob : stored) {
                    fresh += blob.get().alreadyPresent() ? 0 : 1;
                }
                assertThat(fresh).as("workers that saw round %d's content as new", round).isEqualTo(1);
            }
            assertThat(store.blobIds()).hasSize(40);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void storedNamesAreKeyedAndRevealNeitherHashOfTheContent() throws IOException {
        byte[] content = "a well-known file whose SHA-256 is in public hash sets".getBytes(StandardCharsets.UTF_8);
        Path otherDir = dir.resolve("other");
        try (EncryptedBlobStore store = newStore(dir.resolve("case")); EncryptedBlobStore other = newStore(otherDir)) {
            StoredBlob blob = store(store, content);
            assertThat(blob.blobId()).isNotEqualTo(blob.sha256()).matches("[0-9a-f]{64}");
            assertThat(store.blobIdFor(blob.sha256())).isEqualTo(blob.blobId());
            assertThat(store.blobIdFor(blob.sha256().toUpperCase())).isEqualTo(blob.blobId());
            assertThat(other.blobIdFor(blob.sha256())).as("another case's key names it differently")
                    .isNotEqualTo(blob.blobId());
            for (Path file : allFiles(dir)) {
                assertThat(file.toString()).doesNotContain(blob.sha256()).doesNotContain(blob.md5());
            }
        }
    }

    @Test
    void noDistinctiveStringOfTheContentAppearsInAnyByteOfTheStore() throws IOException {
        String marker = "PANGOLIN-SCALES-LOT-7731-HAIPHONG";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("ledger line ").append(i).append(' ').append(marker).append('\n');
        }
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        try (EncryptedBlobStore store = newStore(dir)) {
            store(store, content);
            store(store, marker.getBytes(StandardCharsets.UTF_8));
        }
        byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
        byte[] shortNeedle = "PANGOLIN".getBytes(StandardCharsets.UTF_8);
        for (Path file : allFiles(dir)) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(indexOf(bytes, needle)).as(file.toString()).isEqualTo(-1);
            assertThat(indexOf(bytes, shortNeedle)).as(file.toString()).isEqualTo(-1);
            assertThat(file.getFileName().toString()).doesNotContain("PANGOLIN");
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void leftoversOfAnInterruptedWriteAreRemovedOnOpen() throws IOException {
        try (EncryptedBlobStore store = newStore(dir)) {
            store(store, random(100, 1));
        }
        Path leftover = dir.resolve("incomplete").resolve("0123abcd.part");
        Files.write(leftover, random(5000, 2));
        try (EncryptedBlobStore store = newStore(dir)) {
            assertThat(leftover).doesNotExist();
            assertThat(store.blobIds()).hasSize(1);
        }
    }

    @Test
    void aSourceFailingMidwayLeavesNoTempFileAndNoBlob() throws IOException {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ > 3 * CHUNK) {
                    throw new IOException("USB stick pulled out");
                }
                return 'x';
            }
        };
        try (EncryptedBlobStore store = newStore(dir)) {
            assertThatThrownBy(() -> store.store(failing)).hasMessageContaining("USB stick");
            assertThat(allFiles(dir)).isEmpty();
            assertThat(store.blobIds()).isEmpty();
        }
    }

    @Test
    void idsThatAreNotBlobIdsNeverReachTheFileSystem() throws IOException {
        try (EncryptedBlobStore store = newStore(dir)) {
            assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
            assertThat(store.contains("../x")).isFalse();
            assertThat(store.verify("../x", "00").status()).isEqualTo(BlobCheck.Status.MISSING);
        }
    }

    @Test
    void verifyNamesAMissingBlobAndAHashTheCaseDidNotRecord() throws IOException {
        byte[] content = random(10_000, 5);
        try (EncryptedBlobStore store = newStore(dir)) {
            StoredBlob blob = store(store, content);
            String wrongSha = hex("SHA-256", new byte[] {1});
            BlobCheck mismatch = store.verify(blob.blobId(), wrongSha);
            assertThat(mismatch.status()).isEqualTo(BlobCheck.Status.HASH_MISMATCH);
            assertThat(mismatch.blobId()).isEqualTo(blob.blobId());
            Files.delete(BlobStoreFixture.fileOf(dir, blob.blobId()));
            assertThat(store.verify(blob.blobId(), blob.sha256()).status()).isEqualTo(BlobCheck.Status.MISSING);
            assertThatThrownBy(() -> store.open(blob.blobId())).hasMessageContaining(blob.blobId());
        }
    }
}
