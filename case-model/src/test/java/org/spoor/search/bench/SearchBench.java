package org.spoor.search.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.spoor.casefile.crypto.SecretBytes;
import org.spoor.search.SearchIndex;
import org.spoor.search.store.EncryptedDirectory;

/**
 * Builds a synthetic multilingual case index and measures indexing, search latency per query
 * family (with snippets, limit 50) and peak heap, on a plain {@link FSDirectory} and on the
 * case's {@link EncryptedDirectory}, side by side. Run with {@code bench/search/run}. Latencies
 * are wall time and the searching thread's CPU time: on a shared machine the CPU time is the
 * steadier of the two.
 *
 * <p>Arguments: {@code items} (100000), {@code searches} (2000), {@code threads} (2), work folder.
 */
public final class SearchBench {

    private static final int WARM_UP_SEARCHES = 300;
    private static final int WARM_UP_ITEMS = 5000;

    private final int items;
    private final int searches;
    private final int threads;
    private final Path work;

    private SearchBench(int items, int searches, int threads, Path work) {
        this.items = items;
        this.searches = searches;
        this.threads = threads;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int searches = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("spoor-search-bench");
        new SearchBench(items, searches, threads, work).run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "Search bench: %,d items, %,d searches, %d indexing threads, heap max %d MB%n",
                items, searches, threads, Runtime.getRuntime().maxMemory() >> 20);
        Result plain;
        Result encrypted;
        warmUp();
        try (HeapSampler heap = new HeapSampler(); SecretBytes key = SecretBytes.random(32)) {
            plain = measure("plain FSDirectory", work.resolve("plain"), p -> FSDirectory.open(p), heap);
            encrypted = measure("EncryptedDirectory", work.resolve("encrypted"),
                    p -> new EncryptedDirectory(p, key), heap);
        } finally {
            deleteTree(work);
        }
        Report.print(plain, encrypted);
    }

    /** JIT-compiles indexing and search first, so the side measured first is not penalised. */
    private void warmUp() throws Exception {
        try (Directory dir = new ByteBuffersDirectory(); SearchIndex index = new SearchIndex(dir)) {
            for (long id = 1; id <= WARM_UP_ITEMS; id++) {
                index.index(SyntheticCase.item(id));
            }
            for (int i = 0; i < WARM_UP_SEARCHES; i++) {
                index.search(QueryMix.ALL.get(i % QueryMix.ALL.size()).query());
            }
        }
    }

    interface DirectoryOpener {
        Directory open(Path path) throws IOException;
    }

    record Result(String name, double indexSeconds, double indexCpuSeconds, long indexBytes, long indexPeakHeap, long searchPeakHeap,
                  Map<String, Latencies> byFamily, Latencies all, Map<String, Latencies> cpuByFamily,
                  Latencies allCpu, long totalHitsChecksum) {
    }

    private Result measure(String name, Path folder, DirectoryOpener opener, HeapSampler heap) throws Exception {
        System.gc();
        heap.reset();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (Directory dir = opener.open(folder); SearchIndex index = new SearchIndex(dir)) {
            indexAll(index);
            index.commit();
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        double indexCpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        long indexPeak = heap.peakBytes();
        long bytes = folderSize(folder);
        System.out.printf(Locale.ROOT, "  %s: indexed in %.1f s%n", name, indexSeconds);

        System.gc();
        heap.reset();
        Map<String, Latencies> byFamily = new LinkedHashMap<>();
        Latencies all = new Latencies();
        Map<String, Latencies> cpuByFamily = new LinkedHashMap<>();
        Latencies allCpu = new Latencies();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long checksum = 0;
        try (Directory dir = opener.open(folder); SearchIndex index = new SearchIndex(dir)) {
            for (int i = 0; i < WARM_UP_SEARCHES; i++) {
                index.search(QueryMix.ALL.get(i % QueryMix.ALL.size()).query());
            }
            for (int i = 0; i < searches; i++) {
                QueryMix.Named q = QueryMix.ALL.get(i % QueryMix.ALL.size());
                long t = System.nanoTime();
                long c = cpu.getCurrentThreadCpuTime();
                checksum += index.search(q.query()).totalHits();
                long cpuNanos = cpu.getCurrentThreadCpuTime() - c;
                long elapsed = System.nanoTime() - t;
                all.add(elapsed);
                allCpu.add(cpuNanos);
                byFamily.computeIfAbsent(q.family(), f -> new Latencies()).add(elapsed);
                cpuByFamily.computeIfAbsent(q.family(), f -> new Latencies()).add(cpuNanos);
            }
        }
        return new Result(name, indexSeconds, indexCpuSeconds, bytes, indexPeak, heap.peakBytes(), byFamily, all,
                cpuByFamily, allCpu, checksum);
    }

    private void indexAll(SearchIndex index) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int worker = t;
                work.add(pool.submit(() -> {
                    for (long id = 1 + worker; id <= items; id += threads) {
                        index.index(SyntheticCase.item(id));
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** CPU of the whole process: indexing threads, merges and GC. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long folderSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
