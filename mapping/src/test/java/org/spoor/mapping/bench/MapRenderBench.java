package org.spoor.mapping.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.basemap.BasemapLoader;
import org.spoor.mapping.render.KindStyle;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.ProjectedPoints;
import org.spoor.mapping.render.RenderOptions;
import org.spoor.mapping.render.Viewport;
import org.spoor.mapping.render.WebMercator;

/**
 * Map rendering bench (issue 5): basemap load, frame time and headless PNG time with N points
 * (default 100,000), Spoor's pixel-buffer point stamping side by side with the baseline a
 * straightforward Java2D renderer would use: one antialiased fillOval + drawOval per point.
 * Run with bench/mapping/run [points] [frames].
 */
public final class MapRenderBench {

    private static final String[] KINDS = {"phone_location", "photo", "shared_location", "seizure", "text"};

    private MapRenderBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int frames = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        System.out.printf(Locale.ROOT, "mapping bench: %,d points, %d frames per measurement, %s, max heap %d MiB%n",
                n, frames, System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);

        resetPeaks();
        long t0 = System.nanoTime();
        Basemap basemap = new BasemapLoader().load();
        double loadMs = ms(t0);
        System.out.printf(Locale.ROOT, "basemap load (cold, first in JVM)   %8.1f ms   peak heap %6d MiB%n", loadMs,
                peakHeapMiB());
        t0 = System.nanoTime();
        new BasemapLoader().load();
        System.out.printf(Locale.ROOT, "basemap load (warm JIT)             %8.1f ms%n", ms(t0));

        List<EvidencePoint> points = points(n);
        MapModel model = MapModel.of("Bench: " + n + " points", points);
        RenderOptions options = RenderOptions.standard();
        MapRenderer renderer = new MapRenderer(basemap);
        t0 = System.nanoTime();
        ProjectedPoints projected = new ProjectedPoints(model.visiblePoints());
        System.out.printf(Locale.ROOT, "project %,d points once             %8.1f ms%n", n, ms(t0));
        Viewport v = renderer.fit(model, options);

        // Warm both paths so the JIT has compiled them before we time anything.
        for (int i = 0; i < 5; i++) {
            renderer.render(model, projected, v, options);
            baselineFrame(renderer, model, v, options, points);
        }
        System.out.println();
        System.out.println("                                         Spoor        baseline      ratio");
        resetPeaks();
        double[] spoor = time(frames, () -> renderer.render(model, projected, pan(v, 0), options));
        long spoorPeak = peakHeapMiB();
        resetPeaks();
        double[] base = time(frames, () -> baselineFrame(renderer, model, pan(v, 0), options, points));
        long basePeak = peakHeapMiB();
        row("frame, 1600x1200 (median ms)", median(spoor), median(base));
        row("frame, 1600x1200 (p90 ms)", p90(spoor), p90(base));
        double[] spoorPan = timeIndexed(frames, i -> renderer.render(model, projected, pan(v, i), options));
        double[] basePan = timeIndexed(frames, i -> baselineFrame(renderer, model, pan(v, i), options, points));
        row("panning frame (median ms)", median(spoorPan), median(basePan));
        double[] spoorPoints = timeIndexed(frames, i -> pointsOnly(renderer, model, projected, v, options));
        double[] basePoints = timeIndexed(frames, i -> baselinePointsOnly(v, points));
        row("points only, no basemap (median ms)", median(spoorPoints), median(basePoints));
        System.out.printf(Locale.ROOT, "%-38s %8d MiB  %8d MiB%n", "peak heap during frames", spoorPeak, basePeak);

        double[] png = time(Math.max(3, frames / 5), () -> png(renderer.render(model, options)));
        double[] pngBase = time(Math.max(3, frames / 5), () -> png(baselineFrame(renderer, model,
                renderer.fit(model, options), options, points)));
        row("headless PNG incl. fit + encode (median ms)", median(png), median(pngBase));
        System.out.printf(Locale.ROOT, "%nGoal (issue 5): frame with 100,000 points <= 50 ms."
                + " Spoor median %.1f ms: %s%n",
                median(spoor), median(spoor) <= 50 ? "met" : "NOT met");
    }

    private static BufferedImage pointsOnly(MapRenderer r, MapModel m, ProjectedPoints p, Viewport v,
                                            RenderOptions o) {
        BufferedImage image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
        r.drawPoints(image, v, p, o.pointRadius());
        return image;
    }

    /** The straightforward alternative: basemap as Spoor draws it, then fillOval/drawOval per point. */
    static BufferedImage baselineFrame(MapRenderer renderer, MapModel model, Viewport v, RenderOptions options,
                                       List<EvidencePoint> points) {
        BufferedImage image = renderer.render(MapModel.of(model.title(), List.of()), new ProjectedPoints(List.of()),
                v, options);
        drawOvals(image, v, points);
        return image;
    }

    static BufferedImage baselinePointsOnly(Viewport v, List<EvidencePoint> points) {
        BufferedImage image = new BufferedImage(v.width(), v.height(), BufferedImage.TYPE_INT_RGB);
        drawOvals(image, v, points);
        return image;
    }

    private static void drawOvals(BufferedImage image, Viewport v, List<EvidencePoint> points) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(1f));
        for (EvidencePoint p : points) {
            double x = v.pixelX(WebMercator.x(p.lon()));
            double y = v.pixelY(WebMercator.y(p.lat()));
            Color c = KindStyle.colour(p.kind());
            g.setColor(c);
            g.fillOval((int) x - 4, (int) y - 4, 9, 9);
            g.setColor(c.darker().darker());
            g.drawOval((int) x - 4, (int) y - 4, 9, 9);
        }
        g.dispose();
    }

    /** Clustered positions over Viet Nam, Laos and Cambodia, as phone fixes and photos bunch in towns. */
    static List<EvidencePoint> points(int n) {
        Random rnd = new Random(42);
        double[][] centres = new double[60][];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = new double[] {9 + rnd.nextDouble() * 13, 102.5 + rnd.nextDouble() * 6.5};
        }
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        List<EvidencePoint> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] c = centres[rnd.nextInt(centres.length)];
            double lat = Math.max(-85, Math.min(85, c[0] + rnd.nextGaussian() * 0.3));
            double lon = c[1] + rnd.nextGaussian() * 0.3;
            pts.add(new EvidencePoint("p" + i, lat, lon, t.plusSeconds(i * 60L), KINDS[i % KINDS.length], "", ""));
        }
        return pts;
    }

    private static Viewport pan(Viewport v, int i) {
        return new Viewport(v.centreX() + (i % 10) * 5 * v.metresPerPixel(), v.centreY(), v.metresPerPixel(),
                v.width(), v.height());
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double[] time(int runs, Supplier<?> work) {
        return timeIndexed(runs, i -> work.get());
    }

    private static double[] timeIndexed(int runs, java.util.function.IntFunction<?> work) {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            work.apply(i);
            t[i] = ms(s);
        }
        return t;
    }

    private static void row(String what, double spoor, double baseline) {
        System.out.printf(Locale.ROOT, "%-38s %9.1f     %9.1f     %6.2fx%n", what, spoor, baseline, baseline / spoor);
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double p90(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.ceil(s.length * 0.9) - 1)];
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
