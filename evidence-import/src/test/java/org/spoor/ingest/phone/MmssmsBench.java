package org.spoor.ingest.phone;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.spoor.comms.Account;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.Conversation;
import org.spoor.comms.Device;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.ingest.phone.android.AndroidSmsParser;

/**
 * Import of a generated mmssms.db: {@code sqlite3} reading the sms table (baseline), Spoor's parser
 * alone, and parser plus writing into an H2 case, side by side; heap peak per run.
 * Usage: MmssmsBench WORKDIR COUNT...
 */
public final class MmssmsBench {

    private MmssmsBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of(args[0]));
        System.out.printf(Locale.ROOT, "%10s %14s %14s %14s %8s %8s %12s%n", "messages", "sqlite3 msg/s",
                "parse msg/s", "parse+H2 msg/s", "parse/b", "H2/b", "heap peak MB");
        for (int i = 1; i < args.length; i++) {
            int count = Integer.parseInt(args[i]);
            Path db = work.resolve("mmssms-" + count + ".db");
            if (!Files.exists(db)) {
                generate(db, count);
            }
            double baseline = count / sqlite3Seconds(db);
            resetPeaks();
            double parse = count / parseSeconds(db, work);
            double write = count / writeSeconds(db, work, count);
            System.out.printf(Locale.ROOT, "%10d %14.0f %14.0f %14.0f %8.2f %8.2f %12.0f%n", count, baseline, parse,
                    write, parse / baseline, write / baseline, heapPeakMb());
        }
    }

    private static void generate(Path db, int count) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE threads (_id INTEGER PRIMARY KEY, recipient_ids TEXT)");
            st.execute("CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY, address TEXT)");
            st.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                    + " date INTEGER, date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0,"
                    + " status INTEGER DEFAULT -1, type INTEGER, reply_path_present INTEGER, subject TEXT, body TEXT,"
                    + " service_center TEXT, locked INTEGER DEFAULT 0, error_code INTEGER DEFAULT 0,"
                    + " seen INTEGER DEFAULT 0)");
            c.setAutoCommit(false);
            int threads = 500;
            try (PreparedStatement t = c.prepareStatement("INSERT INTO threads VALUES (?, ?)");
                    PreparedStatement a = c.prepareStatement("INSERT INTO canonical_addresses VALUES (?, ?)")) {
                for (int i = 1; i <= threads; i++) {
                    t.setInt(1, i);
                    t.setString(2, String.valueOf(i));
                    t.addBatch();
                    a.setInt(1, i);
                    a.setString(2, "0912" + String.format(Locale.ROOT, "%06d", i));
                    a.addBatch();
                }
                t.executeBatch();
                a.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sms (_id, thread_id, address, date, type, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    int thread = 1 + i % threads;
                    s.setInt(1, i);
                    s.setInt(2, thread);
                    s.setString(3, "0912" + String.format(Locale.ROOT, "%06d", thread));
                    s.setLong(4, 1_600_000_000_000L + i * 1000L);
                    s.setInt(5, 1 + i % 2);
                    s.setString(6, "Hàng về rồi anh ơi, " + i + " kg vảy tê tê, giá 50 triệu đồng, gọi lại nhé.");
                    s.addBatch();
                    if (i % 10_000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            c.commit();
        }
    }

    private static double sqlite3Seconds(Path db) throws Exception {
        long start = System.nanoTime();
        Process p = new ProcessBuilder("sqlite3", "-readonly", db.toString(),
                "SELECT _id, thread_id, address, date, type, body, status FROM sms ORDER BY _id")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("sqlite3 failed");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static double parseSeconds(Path db, Path work) throws Exception {
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        new AndroidSmsParser().parse(db, new PhoneParseContext(1, "VN", CompanionFiles.none(), work), sink);
        return (System.nanoTime() - start) / 1e9;
    }

    private static double writeSeconds(Path db, Path work, int count) throws Exception {
        Path h2 = work.resolve("case-" + count);
        String url = "jdbc:h2:file:" + h2 + ";DB_CLOSE_DELAY=0";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            DSLContext dsl = DSL.using(c, SQLDialect.H2);
            dsl.execute("INSERT INTO exhibit (id, ref, original_name, size_bytes, sha256, md5, blob_id, entered_at)"
                    + " VALUES (1, 'E1', 'mmssms.db', 0, ?, ?, 'b', ?)", "0".repeat(64), "0".repeat(32),
                    OffsetDateTime.now());
            long start = System.nanoTime();
            new PhoneRecordWriter(dsl).write(new AndroidSmsParser(), db,
                    new PhoneParseContext(1, "VN", CompanionFiles.none(), work));
            double seconds = (System.nanoTime() - start) / 1e9;
            dsl.execute("DROP ALL OBJECTS DELETE FILES");
            return seconds;
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double heapPeakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / 1048576.0;
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
