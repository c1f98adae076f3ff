package org.spoor.app.ui.evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import org.spoor.app.ui.TestCases;
import org.spoor.casefile.CaseFile;

/**
 * How the evidence table's reads scale on a large case: a page of 100 rows near the start, the middle and the
 * end, the count, the row of an exhibit (for "show in evidence") and the first tree page, against reading every
 * exhibit at once (what a table without paging would do). Not a test: {@code bench/evidence/run [exhibits]}.
 */
public final class EvidencePagingBench {

    private static final int RUNS = 7;

    private EvidencePagingBench() {
    }

    public static void main(String[] args) throws Exception {
        int exhibits = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path home = Files.createTempDirectory("spoor-paging-bench");
        Path folder = TestCases.createClosed(home.resolve("bench.spoor"), "Paging bench");
        long started = System.nanoTime();
        try (CaseFile writing = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(),
                TestCases.fastOptions("bench"))) {
            CaseExhibits.bulk(writing, exhibits);
        }
        System.out.printf("%,d exhibit rows written in %.1f s%n", exhibits, (System.nanoTime() - started) / 1e9);
        try (CaseFile caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(),
                TestCases.fastOptions("bench"))) {
            CaseExhibitSource source = new CaseExhibitSource(caseFile.exhibits(), caseFile.db());
            int size = PagedExhibits.PAGE_SIZE;
            double all = median(() -> caseFile.exhibits().all());
            System.out.printf("%-40s %10s %12s%n", "read", "median ms", "vs all rows");
            row("all rows at once (baseline)", all, all);
            row("count", median(source::count), all);
            row("page at row 0", median(() -> source.page(0, size)), all);
            row("page at row " + exhibits / 2, median(() -> source.page(exhibits / 2, size)), all);
            row("page at row " + (exhibits - size), median(() -> source.page(exhibits - size, size)), all);
            row("row of the last exhibit", median(() -> source.positionOf(exhibits)), all);
            int tree = ExhibitTree.ORIGINALS_PER_PAGE;
            row("tree: first " + tree + " originals", median(() -> source.topLevel(0, tree)), all);
            row("tree: which of them hold items", median(() -> source.withChildren(source.topLevel(0, tree)
                    .stream().map(e -> e.id()).toList())), all);
            row("tree: originals " + (exhibits - tree) + "+", median(() -> source.topLevel(exhibits - tree, tree)),
                    all);
        }
        System.out.printf("peak heap used: %,d MB%n", (Runtime.getRuntime().totalMemory()
                - Runtime.getRuntime().freeMemory()) / 1_000_000);
    }

    private static void row(String name, double ms, double baseline) {
        System.out.printf("%-40s %10.2f %11.4fx%n", name, ms, ms / baseline);
    }

    private static double median(Supplier<?> read) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            read.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        return times.get(RUNS / 2);
    }
}
