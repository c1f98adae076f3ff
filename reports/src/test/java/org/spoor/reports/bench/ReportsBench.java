package org.spoor.reports.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.spoor.reports.bundle.BundleWriter;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.Disclosure;
import org.spoor.reports.pack.PackOriginal;
import org.spoor.reports.pack.PackRequest;
import org.spoor.reports.pack.PackVerification;
import org.spoor.reports.pack.PackVerifier;
import org.spoor.reports.pack.PackWriter;
import org.spoor.reports.sign.BundleSigner;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;
import org.spoor.reports.testing.SampleCase;

/**
 * Bundle of N exhibits (time, peak heap) and pack export/verify throughput against sha256sum of
 * the same originals. Usage: ReportsBench [exhibits=500] [packMiB=512] [files=64] [workDir].
 */
public final class ReportsBench {

    private ReportsBench() {
    }

    public static void main(String[] args) throws Exception {
        int exhibits = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int packMiB = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        int files = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        Path work = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("spoor-bench-reports");
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "work dir %s, max heap %d MiB%n", work,
                Runtime.getRuntime().maxMemory() >> 20);
        InvestigatorKey key = SelfSignedKeystore.create(work.resolve("bench.p12"), "Bench Investigator", "Bench",
                "bench".toCharArray());
        Path bundle = benchBundle(exhibits, work, key);
        benchPack(packMiB, files, work, key, bundle);
    }

    private static Path benchBundle(int exhibits, Path work, InvestigatorKey key) throws Exception {
        // Every sixth exhibit is a photograph: a camera-sized JPEG (4000x3000), as seized phones give.
        BundleRequest request = SampleCase.withExhibits(exhibits, cameraPhoto());
        Path pdf = work.resolve("bundle-" + exhibits + ".pdf");
        BundleWriter writer = new BundleWriter();
        // Warm-up on a small bundle: class loading and font parsing are not what we measure.
        writer.write(SampleCase.withExhibits(6), work.resolve("warmup.pdf"));
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        writer.write(request, pdf);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuStart) / 1e9;
        long peak = heapPeak();
        Path signed = work.resolve("bundle-" + exhibits + "-signed.pdf");
        long signStart = System.nanoTime();
        new BundleSigner().sign(pdf, signed, key, "bench", "bench");
        double signSeconds = (System.nanoTime() - signStart) / 1e9;
        System.out.println();
        System.out.println("== Bundle ==");
        System.out.printf(Locale.ROOT, "%-34s %10s %10s%n", "", "measured", "goal");
        System.out.printf(Locale.ROOT, "%-34s %9.1fs %9ds%n", "bundle of " + exhibits + " exhibits", seconds, 60);
        System.out.printf(Locale.ROOT, "%-34s %9.1fs   (CPU time of the whole JVM, GC included)%n",
                "  of which CPU", cpuSeconds);
        System.out.printf(Locale.ROOT, "%-34s %9.2f   (1-minute load average on %d cores)%n", "  machine load",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-34s %7d MiB %6d MiB%n", "peak heap (all heap pools)", peak >> 20, 1024);
        System.out.printf(Locale.ROOT, "%-34s %9.1fs%n", "PAdES-B signature", signSeconds);
        System.out.printf(Locale.ROOT, "%-34s %7d KiB, %s pages%n", "PDF size", Files.size(pdf) >> 10, pages(pdf));
        return signed;
    }

    private static void benchPack(int packMiB, int files, Path work, InvestigatorKey key, Path bundle)
            throws Exception {
        Path originals = Files.createDirectories(work.resolve("originals"));
        List<Path> paths = makeOriginals(originals, packMiB, files);
        List<String> command = new ArrayList<>(List.of("sha256sum"));
        paths.forEach(p -> command.add(p.toString()));
        command.add(bundle.toString());
        dropPageCacheHint();
        long start = System.nanoTime();
        Process sha = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        sha.waitFor(30, TimeUnit.MINUTES);
        double shaSeconds = (System.nanoTime() - start) / 1e9;
        long bytes = Files.size(bundle);
        for (Path p : paths) {
            bytes += Files.size(p);
        }
        List<PackOriginal> list = new ArrayList<>();
        for (Path p : paths) {
            list.add(new PackOriginal("SPR-" + p.getFileName().toString().substring(0, 4), p.getFileName().toString(),
                    Disclosure.DISCLOSABLE, () -> Files.newInputStream(p)));
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "== Pack: %d files, %.0f MiB (incompressible, like photos and video) ==%n",
                paths.size() + 1, bytes / 1048576.0);
        System.out.printf(Locale.ROOT, "%-34s %8s %10s %14s%n", "", "seconds", "MiB/s", "vs sha256sum");
        row("sha256sum (baseline)", shaSeconds, bytes, shaSeconds);
        for (char[] password : new char[][] {null, "bench transfer".toCharArray()}) {
            String label = password == null ? "" : " (encrypted)";
            Path pack = work.resolve(password == null ? "bench.spoorpack" : "bench-encrypted.spoorpack");
            long exportStart = System.nanoTime();
            new PackWriter().write(new PackRequest(bundle, list, java.util.Map.of(), key, password), pack);
            double export = (System.nanoTime() - exportStart) / 1e9;
            long verifyStart = System.nanoTime();
            PackVerification result = new PackVerifier().verify(pack, password);
            double verify = (System.nanoTime() - verifyStart) / 1e9;
            if (!result.intact()) {
                throw new IllegalStateException("bench pack does not verify: " + result.firstProblem());
            }
            row("pack export" + label, export, bytes, shaSeconds);
            row("pack verify" + label, verify, bytes, shaSeconds);
        }
    }

    private static byte[] cameraPhoto() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4000, 3000,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < 3000; y += 4) {
            for (int x = 0; x < 4000; x += 4) {
                int rgb = random.nextInt(0xFFFFFF);
                for (int dy = 0; dy < 4; dy++) {
                    for (int dx = 0; dx < 4; dx++) {
                        image.setRGB(x + dx, y + dy, rgb);
                    }
                }
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        System.out.printf(Locale.ROOT, "photo exhibits: 4000x3000 JPEG of %d KiB each%n", out.size() >> 10);
        return out.toByteArray();
    }

    private static void row(String label, double seconds, long bytes, double baseline) {
        System.out.printf(Locale.ROOT, "%-34s %8.2f %10.1f %13.2fx%n", label, seconds, bytes / 1048576.0 / seconds,
                seconds / baseline);
    }

    private static List<Path> makeOriginals(Path dir, int mib, int files) throws IOException {
        List<Path> paths = new ArrayList<>();
        long perFile = (long) mib * 1048576 / files;
        Random random = new Random(42);
        byte[] block = new byte[1 << 20];
        for (int i = 0; i < files; i++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "%04d-original.bin", i + 1));
            if (!Files.exists(file) || Files.size(file) != perFile) {
                try (OutputStream out = Files.newOutputStream(file)) {
                    for (long written = 0; written < perFile; written += block.length) {
                        random.nextBytes(block);
                        out.write(block, 0, (int) Math.min(block.length, perFile - written));
                    }
                }
            }
            paths.add(file);
        }
        return paths;
    }

    /** The files were just written, so every run reads them from the page cache: all tools alike. */
    private static void dropPageCacheHint() {
        System.out.println("(originals are in the page cache for every tool; disk speed is not measured)");
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long heapPeak() {
        long total = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                total += pool.getPeakUsage().getUsed();
            }
        }
        return total;
    }

    private static String pages(Path pdf) throws IOException {
        try (com.itextpdf.kernel.pdf.PdfDocument doc = new com.itextpdf.kernel.pdf.PdfDocument(
                new com.itextpdf.kernel.pdf.PdfReader(pdf.toFile()))) {
            return Integer.toString(doc.getNumberOfPages());
        }
    }
}
