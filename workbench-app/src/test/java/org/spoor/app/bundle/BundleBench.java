package org.spoor.app.bundle;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.spoor.app.demo.TrainingCase;
import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.disclosure.ExhibitDisclosure;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.reports.sign.InvestigatorKey;
import org.spoor.reports.sign.SelfSignedKeystore;

/**
 * Bundle of the training case (signed bundle and pack, as the demo makes them) and of an N-exhibit
 * case built through the adapter: wall time and peak heap of each step.
 * Usage: BundleBench [exhibits=500] [workDir].
 */
public final class BundleBench {

    private BundleBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("spoor-bench-bundle");
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "work dir %s, max heap %d MiB%n", work, Runtime.getRuntime().maxMemory() >> 20);
        char[] storePassword = "demo keystore".toCharArray();
        InvestigatorKey key = SelfSignedKeystore.create(work.resolve("demo-investigator.p12"),
                "Trainee investigator", "Environmental Police, Hà Tĩnh (training)", storePassword);
        training(work, key);
        large(n, work, key);
    }

    private static void training(Path work, InvestigatorKey key) throws Exception {
        Path dir = work.resolve("training-case.spoor");
        new TrainingCase(BundleFixture.options()).build(dir, BundleFixture.PASSWORD.toCharArray(), (d, t) -> { });
        try (CaseFile c = CaseFile.open(dir, BundleFixture.PASSWORD.toCharArray(), BundleFixture.options())) {
            for (Exhibit e : c.exhibits().all()) {
                if (e.originalName().startsWith("informant-note")) {
                    ExhibitDisclosure.mark(c, e.id(), Disclosure.INFORMANT, "training: informant's note");
                }
            }
            timed("training bundle (signed)", () -> new CaseBundleExport().export(c, work.resolve("training-bundle.pdf"),
                    Optional.of(key), BundleOptions.on(LocalDate.of(2026, 3, 14))));
            timed("training pack (signed)", () -> new CasePackExport().export(c, work.resolve("training.spoorpack"),
                    key, true, null, BundleOptions.on(LocalDate.of(2026, 3, 14))));
        }
    }

    private static void large(int n, Path work, InvestigatorKey key) throws Exception {
        Path dir = work.resolve("large-" + n + ".spoor");
        byte[] photo = cameraPhoto();
        long start = System.nanoTime();
        try (CaseFile c = CaseFile.create(dir, CaseDetails.draft("Bench: " + n + " exhibits", "VN", "Bench", "Bench"),
                BundleFixture.PASSWORD.toCharArray(), BundleFixture.options())) {
            ExhibitContentRepository contents = new ExhibitContentRepository(c.db());
            for (int i = 0; i < n; i++) {
                boolean isPhoto = i % 6 == 5;
                byte[] bytes = isPhoto ? withTail(photo, i) : ("Biên bản số " + i + ": thu giữ vảy tê tê tại Cầu Treo. "
                        + "Lorem ipsum ".repeat(200)).getBytes(StandardCharsets.UTF_8);
                StoredBlob blob = c.blobs().store(new ByteArrayInputStream(bytes));
                Exhibit e = c.registry().register(c.actor(), new NewExhibit(null, "bench", "item-" + i
                        + (isPhoto ? ".jpg" : ".txt"), "seized/item-" + i, blob.size(), blob.sha256(), blob.md5(),
                        blob.blobId(), isPhoto ? "image/jpeg" : "text/plain", new SeizureFacts("Cầu Treo",
                        Instant.parse("2026-03-13T22:40:00Z"), "HT-" + i, "Bench"), null), "bench");
                contents.save(new ExhibitContent(e.id(), isPhoto ? null : new String(bytes, StandardCharsets.UTF_8),
                        "vi", false, null, null, null, isPhoto ? 18.3 + i * 0.001 : null, isPhoto ? 105.1 : null,
                        null, null, null));
            }
            System.out.printf(Locale.ROOT, "built %d-exhibit case in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
            timed(n + "-exhibit bundle (signed)", () -> new CaseBundleExport().export(c,
                    work.resolve("bundle-" + n + ".pdf"), Optional.of(key), BundleOptions.on(LocalDate.of(2026, 3, 14))));
        }
    }

    private interface Step {
        Object run() throws Exception;
    }

    private static void timed(String what, Step step) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        step.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf(Locale.ROOT, "%-32s %7.1f s   peak heap %5d MiB%n", what, seconds, peak >> 20);
    }

    /** A camera-sized JPEG (4000x3000); each exhibit's copy differs by a trailing byte so hashes differ. */
    private static byte[] cameraPhoto() throws Exception {
        BufferedImage image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 70, 40), 4000, 3000, new Color(200, 180, 140)));
        g.fillRect(0, 0, 4000, 3000);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static byte[] withTail(byte[] jpeg, int i) {
        byte[] copy = java.util.Arrays.copyOf(jpeg, jpeg.length + 4);
        copy[jpeg.length] = (byte) i;
        copy[jpeg.length + 1] = (byte) (i >> 8);
        return copy;
    }
}
