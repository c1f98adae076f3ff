package org.spoor.casefile.crypto;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Provider;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.spoor.casefile.blob.BlobStoreBench;

/**
 * Benchmarks for the case crypto (run by bench/crypto/run, never by the test suite): unlock time with calibrated
 * KDF parameters, raw AES-GCM per provider and chunk size, and blob store write/read against Files.copy of the
 * same file. Arguments: [sizeMiB (default 1024)] [workDir (default a temp dir)] [chunk KiB list (default 256)],
 * e.g. {@code 256 /tmp/w 64,256,1024} to compare chunk sizes.
 */
public final class CryptoBench {

    private CryptoBench() {
    }

    public static void main(String[] args) throws Exception {
        long sizeMiB = args.length > 0 ? Long.parseLong(args[0]) : 1024;
        Path work = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("spoor-crypto-bench");
        System.out.printf(Locale.ROOT, "java %s, %d cores, work dir %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), work);
        try {
            unlock();
            rawGcm();
            int[] chunks = Arrays.stream((args.length > 2 ? args[2] : "256").split(","))
                    .mapToInt(kib -> Integer.parseInt(kib.trim()) << 10).toArray();
            blobStore(work, sizeMiB, chunks);
        } finally {
            deleteTree(work);
        }
    }

    private static void unlock() throws Exception {
        System.out.println("\n== Unlock (Argon2id derive + key envelope unwrap) ==");
        KdfParameters params = KdfParameters.calibrated(Duration.ofMillis(750));
        System.out.println("calibrated for 750 ms: " + params);
        char[] password = "correct horse battery staple".toCharArray();
        byte[] aad = "header".getBytes(StandardCharsets.US_ASCII);
        byte[] wrapped;
        try (SecretBytes kek = PasswordKdf.deriveKeyEncryptionKey(password, params);
             SecretBytes dataKey = SecretBytes.random(32)) {
            wrapped = KeyEnvelope.wrap(kek, dataKey, aad);
        }
        long[] times = new long[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            try (SecretBytes kek = PasswordKdf.deriveKeyEncryptionKey(password, params);
                 SecretBytes ignored = KeyEnvelope.unwrap(kek, wrapped, aad)) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "unlock: min %d ms, median %d ms, max %d ms (%d runs)%n",
                times[0] / 1_000_000, times[2] / 1_000_000, times[4] / 1_000_000, times.length);
    }

    private static void rawGcm() throws Exception {
        System.out.println("\n== Raw AES-256-GCM encrypt+decrypt through one Cipher, per chunk size ==");
        Provider[] providers = {Cipher.getInstance("AES/GCM/NoPadding").getProvider(), new BouncyCastleProvider()};
        for (Provider provider : providers) {
            for (int chunk : new int[] {16 << 10, 64 << 10, 256 << 10, 1 << 20}) {
                // BouncyCastle's GCM is pure Java and ~30x slower: a smaller sample says as much.
                long total = provider instanceof BouncyCastleProvider ? 32L << 20 : 512L << 20;
                double[] mbs = gcmThroughput(provider, chunk, total);
                System.out.printf(Locale.ROOT, "%-8s chunk %5d KiB: encrypt %6.0f MB/s, decrypt %6.0f MB/s%n",
                        provider.getName(), chunk >> 10, mbs[0], mbs[1]);
            }
        }
    }

    private static double[] gcmThroughput(Provider provider, int chunk, long total) throws Exception {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding", provider);
        byte[] plain = new byte[chunk];
        new Random(1).nextBytes(plain);
        byte[] sealed = new byte[chunk + 16];
        byte[] opened = new byte[chunk];
        byte[] nonce = new byte[12];
        try (SecretBytes key = SecretBytes.random(32)) {
            long chunks = total / chunk;
            double best0 = 0;
            double best1 = 0;
            for (int round = 0; round < 2; round++) {
                long encNanos = 0;
                long decNanos = 0;
                for (long i = 0; i < chunks; i++) {
                    nonce[8] = (byte) (i >>> 24);
                    nonce[9] = (byte) (i >>> 16);
                    nonce[10] = (byte) (i >>> 8);
                    nonce[11] = (byte) i;
                    nonce[0] = (byte) round;
                    long t0 = System.nanoTime();
                    cipher.init(Cipher.ENCRYPT_MODE, key.aesKey(), new GCMParameterSpec(128, nonce));
                    int n = cipher.doFinal(plain, 0, chunk, sealed, 0);
                    long t1 = System.nanoTime();
                    cipher.init(Cipher.DECRYPT_MODE, key.aesKey(), new GCMParameterSpec(128, nonce));
                    cipher.doFinal(sealed, 0, n, opened, 0);
                    long t2 = System.nanoTime();
                    encNanos += t1 - t0;
                    decNanos += t2 - t1;
                }
                best0 = Math.max(best0, mbPerSecond(chunks * chunk, encNanos));
                best1 = Math.max(best1, mbPerSecond(chunks * chunk, decNanos));
            }
            return new double[] {best0, best1};
        }
    }

    private static void blobStore(Path work, long sizeMiB, int[] chunks) throws IOException {
        System.out.printf(Locale.ROOT, "%n== Blob store vs plain file copies, %d MiB of random data ==%n", sizeMiB);
        Path source = work.resolve("source.bin");
        writeRandom(source, sizeMiB << 20);
        for (int chunk : chunks) {
            BlobStoreBench.run(work, source, chunk);
        }
    }

    private static void writeRandom(Path file, long bytes) throws IOException {
        // Random, so neither the disk nor the page cache can compress or deduplicate it.
        SecureRandom seed = new SecureRandom();
        Random random = new Random(seed.nextLong());
        byte[] buffer = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < bytes; written += buffer.length) {
                random.nextBytes(buffer);
                out.write(buffer, 0, (int) Math.min(buffer.length, bytes - written));
            }
        }
    }

    private static double mbPerSecond(long bytes, long nanos) {
        return bytes / 1e6 / (nanos / 1e9);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
