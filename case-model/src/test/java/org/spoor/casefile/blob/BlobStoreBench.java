package org.spoor.casefile.blob;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.spoor.casefile.crypto.SecretBytes;

/**
 * The blob store against plain file copies of the same file (part of CryptoBench). Every operation is timed in
 * wall-clock and in process CPU time (user + kernel, all threads): on a shared, loaded machine the CPU figure
 * says what the work costs, the wall figure what this run got.
 */
public final class BlobStoreBench {

    private static final int ROUNDS = 3;
    private static final int SCAN_BUFFER = 256 * 1024;

    private final Path work;
    private final Path source;
    private final long size;

    private BlobStoreBench(Path work, Path source) throws IOException {
        this.work = work;
        this.source = source;
        this.size = Files.size(source);
    }

    /** Best-of-rounds results for one chunk size, printed side by side. */
    public static void run(Path work, Path source, int chunkSize) throws IOException {
        new BlobStoreBench(work, source).measure(chunkSize);
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private record Sample(double wall, double cpu) {
        Sample best(Sample other) {
            return other == null ? this : new Sample(Math.max(wall, other.wall), Math.max(cpu, other.cpu));
        }
    }

    private void measure(int chunkSize) throws IOException {
        Map<String, Sample> best = new LinkedHashMap<>();
        Path copy = work.resolve("copy.bin");
        Path back = work.resolve("back.bin");
        Path storeDir = work.resolve("store");
        ExecutorService md5Worker = Executors.newSingleThreadExecutor();
        try {
            measureRounds(chunkSize, best, copy, back, storeDir, md5Worker);
        } finally {
            md5Worker.shutdown();
        }
        print(chunkSize, best);
    }

    private void measureRounds(int chunkSize, Map<String, Sample> best, Path copy, Path back, Path storeDir,
                               ExecutorService md5Worker) throws IOException {
        for (int round = 0; round < ROUNDS; round++) {
            try (SecretBytes nameKey = SecretBytes.random(32); SecretBytes contentKey = SecretBytes.random(32);
                 EncryptedBlobStore store = new EncryptedBlobStore(storeDir, nameKey, contentKey, chunkSize)) {
                String[] blobId = new String[1];
                record(best, "write Files.copy", () -> Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING));
                record(best, "write Files.copy+fsync", () -> {
                    Files.copy(source, back, StandardCopyOption.REPLACE_EXISTING);
                    fsync(back);
                });
                Files.delete(back);
                record(best, "write store", () -> {
                    try (InputStream in = Files.newInputStream(source)) {
                        blobId[0] = store.store(in).blobId();
                    }
                });
                record(best, "read Files.copy", () -> Files.copy(copy, back, StandardCopyOption.REPLACE_EXISTING));
                Files.delete(back);
                record(best, "read store->file", () -> {
                    try (InputStream in = store.open(blobId[0])) {
                        Files.copy(in, back, StandardCopyOption.REPLACE_EXISTING);
                    }
                });
                Files.delete(back);
                record(best, "hash only", () -> hashOnly(copy, chunkSize, md5Worker));
                record(best, "scan plain", () -> drain(Files.newInputStream(copy)));
                record(best, "scan store", () -> drain(store.open(blobId[0])));
            }
            Files.delete(copy);
            deleteStore(storeDir);
        }
    }

    /** Reading plus SHA-256 and MD5 the way the store does them: the floor set by hashing, without encryption. */
    private static void hashOnly(Path file, int chunkSize, ExecutorService md5Worker) throws IOException {
        ContentDigests digests = new ContentDigests(md5Worker);
        byte[][] buffers = {new byte[chunkSize], new byte[chunkSize]};
        int turn = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.readNBytes(buffers[turn], 0, chunkSize)) > 0) {
                digests.update(buffers[turn], 0, n);
                turn ^= 1;
            }
        }
        digests.sha256();
        digests.md5();
    }

    private void record(Map<String, Sample> best, String name, IoAction action) throws IOException {
        long wall = System.nanoTime();
        long cpu = cpuNanos();
        action.run();
        Sample sample = new Sample(mbPerSecond(System.nanoTime() - wall), mbPerSecond(cpuNanos() - cpu));
        best.merge(name, sample, Sample::best);
    }

    private static void print(int chunkSize, Map<String, Sample> best) {
        System.out.printf(Locale.ROOT, "chunk %d KiB, best of %d rounds: MB/s wall-clock (MB per CPU-second)%n",
                chunkSize >> 10, ROUNDS);
        line("write", best.get("write Files.copy"), best.get("write store"), "Files.copy");
        line("write", best.get("write Files.copy+fsync"), best.get("write store"), "Files.copy+fsync");
        line("read ", best.get("read Files.copy"), best.get("read store->file"), "Files.copy");
        line("scan ", best.get("scan plain"), best.get("scan store"), "plain read");
        line("write", best.get("hash only"), best.get("write store"), "SHA-256+MD5 only");
    }

    private static void line(String what, Sample baseline, Sample store, String baselineName) {
        System.out.printf(Locale.ROOT, "  %s %-17s %6.0f (%6.0f) | blob store %6.0f (%6.0f) | ratio %.2fx wall,"
                        + " %.2fx CPU%n", what, baselineName, baseline.wall, baseline.cpu, store.wall, store.cpu,
                store.wall / baseline.wall, store.cpu / baseline.cpu);
    }

    private static void drain(InputStream stream) throws IOException {
        byte[] buffer = new byte[SCAN_BUFFER];
        try (InputStream in = stream) {
            while (in.read(buffer) >= 0) {
                // only the reading and decrypting is measured
            }
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void deleteStore(Path storeDir) throws IOException {
        try (var walk = Files.walk(storeDir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private double mbPerSecond(long nanos) {
        return size / 1e6 / (nanos / 1e9);
    }
}
