package org.spoor.ingest.phone;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.comms.Account;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.Conversation;
import org.spoor.comms.Device;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.search.SearchIndex;
import org.spoor.ingest.entities.TextEntityExtractor;
import org.spoor.ingest.pipeline.PhoneMessageIndexing;
import org.spoor.ingest.phone.android.AndroidSmsParser;

/**
 * Import of a generated mmssms.db of COUNT messages, side by side with {@code sqlite3} reading the same
 * table (the baseline): Spoor's parser alone, the records written into an encrypted case without and
 * with entity extraction (the latter is what {@code spoor import} does with a phone database), and the
 * heap of that import. Run once per size in a fresh JVM (bench/phone/run does).
 * Usage: MmssmsBench WORKDIR COUNT [--header]
 */
public final class MmssmsBench {

    private static final String ROW = "%9s %17s %17s %17s %17s %11s %11s %11s %8s %8s%n";

    private MmssmsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        if (args.length > 2 && args[2].equals("--header")) {
            System.out.printf(Locale.ROOT, ROW, "messages", "sqlite3", "parse", "records", "import",
                    "parse/b", "records/b", "import/b", "peak MB", "live MB");
            System.out.printf(Locale.ROOT, ROW, "", "wall|cpu msg/s", "wall|cpu msg/s", "wall|cpu msg/s",
                    "wall|cpu msg/s", "wall|cpu", "wall|cpu", "wall|cpu", "heap", "heap");
        }
        Path db = work.resolve("mmssms-v2-" + count + ".db");
        if (!Files.exists(db)) {
            MmssmsGenerator.generate(db, count);
        }
        String only = System.getProperty("bench.only", "");
        Rate baseline = sqlite3(db, count);
        Rate parse = Rate.of(count, () -> parse(db, work));
        Rate records = only.equals("import") ? Rate.NONE : write(db, work, count, false, null);
        double[] heap = new double[2];
        Rate imported = only.equals("records") ? Rate.NONE : write(db, work, count, true, heap);
        System.out.printf(Locale.ROOT, ROW, count, baseline, parse, records, imported, parse.over(baseline),
                records.over(baseline), imported.over(baseline), String.format(Locale.ROOT, "%.0f", heap[0]),
                String.format(Locale.ROOT, "%.0f", heap[1]));
    }

    /** sqlite3 printing the rows the parser reads, its CPU time from {@code time} (user + system). */
    private static Rate sqlite3(Path db, int count) throws Exception {
        Path times = Files.createTempFile("sqlite3-time", ".txt");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder("/usr/bin/time", "-f", "%U %S", "-o", times.toString(), "sqlite3",
                    "-readonly", db.toString(), "SELECT _id, thread_id, address, date, type, body, status FROM sms"
                    + " ORDER BY _id").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("sqlite3 failed");
            }
            double wall = (System.nanoTime() - start) / 1e9;
            String[] cpu = Files.readString(times).trim().split("\\s+");
            return new Rate(count / wall, count / (Double.parseDouble(cpu[0]) + Double.parseDouble(cpu[1])));
        } finally {
            Files.delete(times);
        }
    }

    /** Messages per second by the wall clock and by this process's CPU time (all threads, GC included). */
    private record Rate(double wall, double cpu) {
        static final Rate NONE = new Rate(0, 0);

        interface Work {
            void run() throws Exception;
        }

        static Rate of(int count, Work work) throws Exception {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            work.run();
            double wall = (System.nanoTime() - start) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpuStart) / 1e9;
            return new Rate(count / wall, count / cpu);
        }

        String over(Rate baseline) {
            return String.format(Locale.ROOT, "%.3f|%.3f", wall / baseline.wall, cpu / baseline.cpu);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.0f|%.0f", wall, cpu);
        }
    }

    private static void parse(Path db, Path work) throws Exception {
        new AndroidSmsParser().parse(db, new PhoneParseContext(1, "VN", CompanionFiles.none(), work),
                new CountingSink());
    }

    /** Parses and writes into a new encrypted case; with entities as the import pipeline does. */
    private static Rate write(Path db, Path work, int count, boolean entities, double[] heap)
            throws Exception {
        Path dir = work.resolve("case-" + count + (entities ? "-entities" : "") + ".spoor");
        deleteTree(dir);
        CaseOptions options = CaseOptions.defaults("bench").withKdf(() -> KdfParameters.argon2id(8 * 1024, 1, 1));
        try (CaseFile caseFile = CaseFile.create(dir, CaseDetails.draft("Bench", "VN", null, null),
                "bench".toCharArray(), options)) {
            long exhibit = caseFile.registry().register("bench", new NewExhibit(null, "bench", "mmssms.db",
                    "/seized/mmssms.db", Files.size(db), "a".repeat(64), "b".repeat(32), "c".repeat(64),
                    "application/vnd.sqlite3", SeizureFacts.unknown(), null), "bench").id();
            // With entities the write is what spoor import does: entities found and every message indexed.
            SearchIndex index = new SearchIndex(caseFile.openIndexDirectory());
            PhoneRecordWriter writer = entities
                    ? new PhoneRecordWriter(caseFile.db(), TextEntityExtractor.standard("VN"),
                            new PhoneMessageIndexing(index, caseFile.exhibits()))
                    : new PhoneRecordWriter(caseFile.db());
            PhoneParseContext context = new PhoneParseContext(exhibit, "VN", CompanionFiles.none(), work);
            Rate rate;
            try (HeapWatch watch = new HeapWatch(); index) {
                rate = Rate.of(count, () -> {
                    writer.write(new AndroidSmsParser(), db, context);
                    index.commit();
                });
                if (heap != null) {
                    heap[0] = watch.peakMb();
                    heap[1] = watch.liveAfterGcMb();
                }
            }
            long landed = new MessageRepository(caseFile.db()).countByExhibit(exhibit);
            if (landed != count) {
                throw new IllegalStateException(landed + " messages landed of " + count);
            }
            // The file as the write left it, before closing compacts it: how much H2 rewrote along the way.
            System.err.printf(Locale.ROOT, "%d messages%s: case folder %.0f MB after the write%n", count,
                    entities ? " with entities" : "", folderBytes(dir) / 1e6);
            return rate;
        } finally {
            deleteTree(dir);
        }
    }

    private static long folderBytes(Path dir) throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Counts what the parser produces without keeping it. */
    private static final class CountingSink implements PhoneRecordSink {
        private long records;

        @Override
        public void device(Device device) {
            records++;
        }

        @Override
        public void account(Account account) {
            records++;
        }

        @Override
        public void contact(Contact contact) {
            records++;
        }

        @Override
        public void conversation(Conversation conversation) {
            records++;
        }

        @Override
        public void message(Message message) {
            records++;
        }

        @Override
        public void call(Call call) {
            records++;
        }

        @Override
        public void location(Location location) {
            records++;
        }
    }
}
