package org.spoor.ingest.phone;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;

/**
 * Writes an Android {@code mmssms.db} with the AOSP sms schema and COUNT messages over 500 threads.
 * Bodies rotate through chat lines of a trafficking case: half name nothing, the others a weight, a
 * price, a species, a number or a plate, so entity extraction meets what a seized phone holds.
 */
final class MmssmsGenerator {

    static final int THREADS = 500;

    private static final String[] BODIES = {
        "Hàng về rồi anh ơi, %d kg vảy tê tê, giá 50 triệu đồng, gọi lại nhé.",
        "Ok em, mai gặp ở chỗ cũ.",
        "Gọi cho chú Ba số 0912 %06d nhé, nói là người quen.",
        "Đã chuyển khoản rồi, kiểm tra giúp anh. Lần %d.",
        "Ngà voi %d kg, hàng đẹp, khách bên kia lấy hết.",
        "ok",
        "Xe 38C-123.45 sẽ tới lúc %d giờ sáng, đừng nghe máy lạ.",
        "Chụp ảnh gửi anh xem trước đã, chưa chốt được (%d).",
    };

    private MmssmsGenerator() {
    }

    static void generate(Path db, int count) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE threads (_id INTEGER PRIMARY KEY, recipient_ids TEXT)");
            st.execute("CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY, address TEXT)");
            st.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                    + " date INTEGER, date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0,"
                    + " status INTEGER DEFAULT -1, type INTEGER, reply_path_present INTEGER, subject TEXT, body TEXT,"
                    + " service_center TEXT, locked INTEGER DEFAULT 0, error_code INTEGER DEFAULT 0,"
                    + " seen INTEGER DEFAULT 0)");
            c.setAutoCommit(false);
            try (PreparedStatement t = c.prepareStatement("INSERT INTO threads VALUES (?, ?)");
                    PreparedStatement a = c.prepareStatement("INSERT INTO canonical_addresses VALUES (?, ?)")) {
                for (int i = 1; i <= THREADS; i++) {
                    t.setInt(1, i);
                    t.setString(2, String.valueOf(i));
                    t.addBatch();
                    a.setInt(1, i);
                    a.setString(2, number(i));
                    a.addBatch();
                }
                t.executeBatch();
                a.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sms (_id, thread_id, address, date, type, body)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    int thread = 1 + i % THREADS;
                    s.setInt(1, i);
                    s.setInt(2, thread);
                    s.setString(3, number(thread));
                    s.setLong(4, 1_600_000_000_000L + i * 1000L);
                    s.setInt(5, 1 + i % 2);
                    s.setString(6, String.format(Locale.ROOT, BODIES[i % BODIES.length], 1 + i % 997));
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

    private static String number(int i) {
        return "0912" + String.format(Locale.ROOT, "%06d", i);
    }
}
