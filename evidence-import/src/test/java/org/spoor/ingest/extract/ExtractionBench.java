package org.spoor.ingest.extract;


import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BasicContentHandlerFactory;
import org.apache.tika.sax.RecursiveParserWrapperHandler;
import org.spoor.testsupport.Corpus;

/**
 * Import-like extraction of corpus/tika: Spoor's forked-JVM Extractor against bare in-process Tika
 * (AutoDetectParser in a RecursiveParserWrapper), same files, same thread count, side by side.
 * Run with {@code bench/extract/run [threads=2] [--ocr]}.
 */
public final class ExtractionBench {

    /** Files that end or wedge an in-process Tika (System.exit, a real OOM, a 30 s spin): bare Tika skips them. */
    static final Set<String> LETHAL_IN_PROCESS = Set.of("mock__system_exit.xml", "mock__real_oom.xml", "oom.xml",
            "mock__heavy_hang_30000.xml", "testOneNote-fuzz2.one", "mock__thread_interrupt.xml");

    private ExtractionBench() {
    }

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 && !args[0].startsWith("--") ? Integer.parseInt(args[0]) : 2;
        boolean ocr = List.of(args).contains("--ocr");
        List<Path> all;
        try (Stream<Path> listing = Files.list(Corpus.root().resolve("tika"))) {
            all = listing.filter(Files::isRegularFile).sorted().toList();
        }
        List<Path> survivable = all.stream()
                .filter(path -> !LETHAL_IN_PROCESS.contains(path.getFileName().toString())).toList();
        long bytes = 0;
        for (Path file : survivable) {
            bytes += Files.size(file);
        }
        ExtractionSettings settings = ExtractionSettings.defaults().withTimeoutPerItem(Duration.ofSeconds(60))
                .withOcr(ocr, ocr ? List.of("eng") : List.of());
        System.out.printf(Locale.ROOT, "corpus/tika: %d files; compared on %d (%.1f MB) that in-process Tika"
                + " survives; %d threads; OCR %s%n", all.size(), survivable.size(), bytes / 1e6, threads,
                ocr ? "eng" : "off");

        Run bare = measure(() -> bareTika(survivable, threads, ocr));
        Run spoor = measure(() -> spoor(survivable, threads, settings));
        Run spoorAll = measure(() -> spoor(all, threads, settings));

        System.out.printf(Locale.ROOT, "%-34s %9s %8s %14s%n", "", "seconds", "items", "parent heap MB");
        print("bare Tika (in-process, survivable)", bare);
        print("Spoor Extractor (survivable)", spoor);
        print("Spoor Extractor (whole folder)", spoorAll);
        System.out.printf(Locale.ROOT, "ratio Spoor / bare Tika on the same files: %.2f%n",
                spoor.seconds() / bare.seconds());
    }

    private record Run(double seconds, long items, long peakHeapMb) {
    }

    private interface Work {
        long run() throws Exception;
    }

    private static Run measure(Work work) throws Exception {
        System.gc();
        HeapSampler sampler = HeapSampler.start();
        long start = System.nanoTime();
        long items = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(seconds, items, sampler.stop() >> 20);
    }

    private static void print(String label, Run run) {
        System.out.printf(Locale.ROOT, "%-34s %9.1f %8d %14d%n", label, run.seconds(), run.items(), run.peakHeapMb());
    }

    private static long spoor(List<Path> files, int threads, ExtractionSettings settings) throws Exception {
        Path scratchRoot = Files.createTempDirectory("spoor-bench-extract-");
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong items = new AtomicLong();
        runThreads(threads, worker -> {
            try (Extractor extractor = ExtractorFactory.create(settings)) {
                Path file;
                while ((file = queue.poll()) != null) {
                    Path scratch = scratchRoot.resolve("w" + worker);
                    items.addAndGet(extractor.extract(file, file.getFileName().toString(), scratch).flatten().size());
                    ScratchCleaner.deleteTree(scratch);
                }
            }
        });
        ScratchCleaner.deleteTree(scratchRoot);
        return items.get();
    }

    private static long bareTika(List<Path> files, int threads, boolean ocr) throws Exception {
        Parser parser = new AutoDetectParser();
        ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>(files);
        AtomicLong items = new AtomicLong();
        runThreads(threads, worker -> {
            Path file;
            while ((file = queue.poll()) != null) {
                items.addAndGet(parseBare(parser, file, ocr));
            }
        });
        return items.get();
    }

    private static int parseBare(Parser parser, Path file, boolean ocr) {
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(parser);
        RecursiveParserWrapperHandler handler = new RecursiveParserWrapperHandler(
                new BasicContentHandlerFactory(BasicContentHandlerFactory.HANDLER_TYPE.TEXT, 10_000_000));
        ParseContext context = new ParseContext();
        TesseractOCRConfig ocrConfig = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        if (ocr) {
            ocrConfig.setLanguage("eng");
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            ocrConfig.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, ocrConfig);
        context.set(PDFParserConfig.class, pdf);
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file, metadata)) {
            wrapper.parse(in, handler, metadata, context);
        } catch (Exception | Error e) {
            // An import must survive every item: catch what the parser throws (fake OOMs, missing classes)
            // and count the item, as Spoor counts an item with a named problem.
        }
        return Math.max(1, handler.getMetadataList().size());
    }

    private interface PerThread {
        void run(int worker) throws Exception;
    }

    private static void runThreads(int threads, PerThread body) throws Exception {
        List<Thread> running = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            int worker = i;
            Thread thread = new Thread(() -> {
                try {
                    body.run(worker);
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }, "bench-" + i);
            thread.setDaemon(true);
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** Samples the used heap of this JVM every 20 ms and keeps the peak. */
    private static final class HeapSampler {
        private final Thread thread;
        private volatile boolean stopped;
        private volatile long peak;

        private HeapSampler() {
            thread = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (!stopped) {
                    peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler sampler = new HeapSampler();
            sampler.thread.start();
            return sampler;
        }

        long stop() throws InterruptedException {
            stopped = true;
            thread.join();
            return peak;
        }
    }

}
