package org.spoor.casefile.blob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spoor.casefile.blob.BlobStoreFixture.CHUNK;
import static org.spoor.casefile.blob.BlobStoreFixture.chunkOffset;
import static org.spoor.casefile.blob.BlobStoreFixture.fileOf;
import static org.spoor.casefile.blob.BlobStoreFixture.newStore;
import static org.spoor.casefile.blob.BlobStoreFixture.random;
import static org.spoor.casefile.blob.BlobStoreFixture.read;
import static org.spoor.casefile.blob.BlobStoreFixture.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every way of damaging a stored original is found, and the damaged blob is named. */
class BlobTamperingTest {

    @TempDir
    Path dir;

    private EncryptedBlobStore store;
    private StoredBlob blob;
    private Path file;

    @BeforeEach
    void storeAFourChunkBlob() throws IOException {
        store = newStore(dir);
        blob = store(store, random(3 * CHUNK + 100, 11));
        file = fileOf(dir, blob.blobId());
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private void assertDetected() {
        assertThatThrownBy(() -> read(store, blob.blobId()))
                .isInstanceOf(BlobIntegrityException.class)
                .hasMessageContaining(blob.blobId())
                .satisfies(e -> assertThat(((BlobIntegrityException) e).blobId()).isEqualTo(blob.blobId()));
        BlobCheck check = store.verify(blob.blobId(), blob.sha256());
        assertThat(check.status()).isEqualTo(BlobCheck.Status.CORRUPT);
        assertThat(check.blobId()).isEqualTo(blob.blobId());
        assertThat(check.reason()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, 20, 47, 50, 79, 80, 81, 4000, 4200, 8300, 12_400})
    void flippingOneByteAnywhereIsDetected(int offset) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        raw[offset] ^= 0x01;
        Files.write(file, raw);
        assertDetected();
    }

    @Test
    void flippingTheLastByteIsDetected() throws IOException {
        byte[] raw = Files.readAllBytes(file);
        raw[raw.length - 1] ^= (byte) 0x80;
        Files.write(file, raw);
        assertDetected();
    }

    @Test
    void droppingTheLastChunkIsDetected() throws IOException {
        byte[] raw = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(raw, chunkOffset(3)));
        assertDetected();
    }

    @Test
    void cuttingTheFileInsideAChunkIsDetected() throws IOException {
        byte[] raw = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(raw, chunkOffset(2) + 1000));
        assertDetected();
    }

    @Test
    void appendingAChunkIsDetected() throws IOException {
        byte[] raw = Files.readAllBytes(file);
        byte[] extended = Arrays.copyOf(raw, raw.length + CHUNK + 16);
        System.arraycopy(raw, chunkOffset(1), extended, raw.length, CHUNK + 16);
        Files.write(file, extended);
        assertDetected();
    }

    @Test
    void reorderingChunksIsDetected() throws IOException {
        byte[] raw = Files.readAllBytes(file);
        byte[] swapped = raw.clone();
        int stride = CHUNK + 16;
        System.arraycopy(raw, chunkOffset(0), swapped, chunkOffset(1), stride);
        System.arraycopy(raw, chunkOffset(1), swapped, chunkOffset(0), stride);
        Files.write(file, swapped);
        assertDetected();
    }

    @Test
    void swappingTwoBlobFilesIsDetectedForBoth() throws IOException {
        StoredBlob other = store(store, random(3 * CHUNK + 100, 12));
        Path otherFile = fileOf(dir, other.blobId());
        byte[] a = Files.readAllBytes(file);
        byte[] b = Files.readAllBytes(otherFile);
        Files.write(file, b);
        Files.write(otherFile, a);
        assertDetected();
        assertThat(store.verify(other.blobId(), other.sha256()).status()).isEqualTo(BlobCheck.Status.CORRUPT);
        assertThatThrownBy(() -> store.open(other.blobId())).isInstanceOf(BlobIntegrityException.class);
    }

    @Test
    void aBlobWrittenUnderAnotherCasesKeyIsRefused() throws IOException {
        Path otherDir = dir.resolve("other-case");
        try (EncryptedBlobStore otherCase = newStore(otherDir)) {
            byte[] content = random(1000, 99);
            StoredBlob there = store(otherCase, content);
            StoredBlob here = store(store, content);
            Files.copy(fileOf(otherDir, there.blobId()), fileOf(dir, here.blobId()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            assertThatThrownBy(() -> read(store, here.blobId())).isInstanceOf(BlobIntegrityException.class);
        }
    }
}
