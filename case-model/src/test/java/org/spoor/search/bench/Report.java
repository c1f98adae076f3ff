package org.spoor.search.bench;

import java.util.Locale;
import java.util.Map;

/** Prints two bench results side by side with the ratio of the second to the first. */
final class Report {

    private Report() {
    }

    static void print(SearchBench.Result base, SearchBench.Result other) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-34s %18s %18s %8s%n", "", base.name(), other.name(), "ratio");
        row("index build (s wall)", base.indexSeconds(), other.indexSeconds());
        row("index build (s cpu, process)", base.indexCpuSeconds(), other.indexCpuSeconds());
        row("index size (MB)", base.indexBytes() / 1e6, other.indexBytes() / 1e6);
        row("peak heap, indexing (MB)", base.indexPeakHeap() / 1e6, other.indexPeakHeap() / 1e6);
        row("peak heap, searching (MB)", base.searchPeakHeap() / 1e6, other.searchPeakHeap() / 1e6);
        row("search p50 all (ms wall)", base.all().percentileMillis(50), other.all().percentileMillis(50));
        row("search p99 all (ms wall)", base.all().percentileMillis(99), other.all().percentileMillis(99));
        row("search p50 all (ms cpu)", base.allCpu().percentileMillis(50), other.allCpu().percentileMillis(50));
        row("search p99 all (ms cpu)", base.allCpu().percentileMillis(99), other.allCpu().percentileMillis(99));
        for (Map.Entry<String, Latencies> family : base.byFamily().entrySet()) {
            String name = family.getKey();
            Latencies theirs = other.byFamily().get(name);
            row("  p50 " + name + " (wall)", family.getValue().percentileMillis(50), theirs.percentileMillis(50));
            row("  p99 " + name + " (wall)", family.getValue().percentileMillis(99), theirs.percentileMillis(99));
            row("  p50 " + name + " (cpu)", base.cpuByFamily().get(name).percentileMillis(50),
                    other.cpuByFamily().get(name).percentileMillis(50));
        }
        System.out.printf(Locale.ROOT, "searches per side: %d; same total hits on both sides: %s%n",
                base.all().count(), base.totalHitsChecksum() == other.totalHitsChecksum());
    }

    private static void row(String label, double base, double other) {
        System.out.printf(Locale.ROOT, "%-34s %18.2f %18.2f %7.2fx%n", label, base, other, other / base);
    }
}
