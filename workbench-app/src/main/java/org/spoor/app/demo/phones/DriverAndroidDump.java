package org.spoor.app.demo.phones;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The driver's Samsung, as a zipped file-system extraction: the SMS store, the contacts and call log,
 * WhatsApp's message store with its contacts database and one received photo. The tables are those
 * of the Android and WhatsApp versions Spoor reads (AOSP TelephonyProvider and ContactsProvider2;
 * WhatsApp's {@code message}/{@code jid} schema), trimmed to the columns that carry evidence.
 *
 * <p>The story matches the seizure record at Cầu Treo: Hùng (0912 345 678) hires the driver, the Lao
 * supplier shares where the goods wait, and a contact still saved under an old 11-digit number
 * (0162 555 7788, since the 2018 renumbering 0325 557 788) warns of checks at the border.
 */
final class DriverAndroidDump {

    static final String FILE_NAME = "dien-thoai-lai-xe-android.zip";

    private static final String TELEPHONY = "data/data/com.android.providers.telephony/databases/";
    private static final String CONTACTS = "data/data/com.android.providers.contacts/databases/";
    private static final String WHATSAPP = "data/data/com.whatsapp/databases/";
    private static final String WHATSAPP_MEDIA = "data/media/0/WhatsApp/";
    private static final String PHOTO = "Media/WhatsApp Images/IMG-20260313-WA0003.jpg";

    private static final String HUNG = "0912345678";
    private static final String TU_OLD = "01625557788";
    private static final String TU_NEW = "0325557788";
    private static final String SOMPHONE = "8562055512345";

    private DriverAndroidDump() {
    }

    static void write(Path zipFile, Path workDir) throws IOException {
        Files.createDirectories(workDir);
        Path sms = workDir.resolve("mmssms.db");
        Path contacts = workDir.resolve("contacts2.db");
        Path msgstore = workDir.resolve("msgstore.db");
        Path wa = workDir.resolve("wa.db");
        writeSms(sms);
        writeContactsAndCalls(contacts);
        writeWhatsApp(msgstore);
        writeWhatsAppContacts(wa);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            put(zip, TELEPHONY + "mmssms.db", Files.readAllBytes(sms));
            put(zip, CONTACTS + "contacts2.db", Files.readAllBytes(contacts));
            put(zip, WHATSAPP + "msgstore.db", Files.readAllBytes(msgstore));
            put(zip, WHATSAPP + "wa.db", Files.readAllBytes(wa));
            put(zip, WHATSAPP_MEDIA + PHOTO, TrainingPhoto.jpeg("12 bao - Lak Xao 13/03", new Color(0x3d5a40)));
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(millis("2026-03-14T09:30:00+07:00"));
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void writeSms(Path file) throws IOException {
        try (SqliteFile db = SqliteFile.create(file)) {
            db.execute("CREATE TABLE canonical_addresses (_id INTEGER PRIMARY KEY AUTOINCREMENT, address TEXT)",
                    "CREATE TABLE threads (_id INTEGER PRIMARY KEY AUTOINCREMENT, date INTEGER DEFAULT 0,"
                            + " message_count INTEGER DEFAULT 0, recipient_ids TEXT, snippet TEXT,"
                            + " snippet_cs INTEGER DEFAULT 0, read INTEGER DEFAULT 1, archived INTEGER DEFAULT 0,"
                            + " type INTEGER DEFAULT 0, error INTEGER DEFAULT 0, has_attachment INTEGER DEFAULT 0)",
                    "CREATE TABLE sms (_id INTEGER PRIMARY KEY, thread_id INTEGER, address TEXT, person INTEGER,"
                            + " date INTEGER, date_sent INTEGER DEFAULT 0, protocol INTEGER, read INTEGER DEFAULT 0,"
                            + " status INTEGER DEFAULT -1, type INTEGER, reply_path_present INTEGER, subject TEXT,"
                            + " body TEXT, service_center TEXT, locked INTEGER DEFAULT 0, sub_id INTEGER DEFAULT -1,"
                            + " error_code INTEGER DEFAULT 0, creator TEXT, seen INTEGER DEFAULT 0)",
                    "CREATE TABLE pdu (_id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER, date INTEGER,"
                            + " date_sent INTEGER DEFAULT 0, msg_box INTEGER, read INTEGER DEFAULT 0, m_id TEXT,"
                            + " sub TEXT, sub_cs INTEGER, ct_t TEXT, m_type INTEGER, m_size INTEGER)",
                    "CREATE TABLE addr (_id INTEGER PRIMARY KEY, msg_id INTEGER, contact_id INTEGER, address TEXT,"
                            + " type INTEGER, charset INTEGER)",
                    "CREATE TABLE part (_id INTEGER PRIMARY KEY AUTOINCREMENT, mid INTEGER, seq INTEGER DEFAULT 0,"
                            + " ct TEXT, name TEXT, chset INTEGER, cd TEXT, fn TEXT, cid TEXT, cl TEXT, ctt_s INTEGER,"
                            + " ctt_t TEXT, _data TEXT, text TEXT)",
                    "INSERT INTO canonical_addresses (_id, address) VALUES (1, '" + HUNG + "'), (2, '" + TU_OLD + "')",
                    "INSERT INTO threads (_id, recipient_ids, message_count) VALUES (1, '1', 4), (2, '2', 1)");
            sms(db, 1, 1, HUNG, "2026-03-12T20:05:00+07:00", 1,
                    "Bình ơi, tối 13 nhận 12 bao hàng ở Lak Xao, sáng 14 qua Cầu Treo rồi về kho Vinh.");
            sms(db, 2, 1, HUNG, "2026-03-12T20:07:00+07:00", 2, "Ok anh. Hàng bao nhiêu kg?");
            sms(db, 3, 1, HUNG, "2026-03-12T20:09:00+07:00", 1,
                    "120 kg vảy tê tê. Tiền công 5000 USD, xong việc trả đủ. Giấu dưới gỗ keo.");
            sms(db, 4, 1, HUNG, "2026-03-13T22:10:00+07:00", 2, "Đã nhận hàng, đang về cửa khẩu Cầu Treo.");
            sms(db, 5, 2, TU_OLD, "2026-03-14T05:20:00+07:00", 1,
                    "Hải quan Cầu Treo sáng nay kiểm tra gắt, cẩn thận. Gọi tao số mới 0325 557 788.");
        }
    }

    private static void sms(SqliteFile db, int id, int thread, String address, String time, int type, String body)
            throws IOException {
        db.insert("INSERT INTO sms (_id, thread_id, address, date, date_sent, type, body, read, seen, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1, -1)", id, thread, address, millis(time), millis(time), type, body);
    }

    private static void writeContactsAndCalls(Path file) throws IOException {
        try (SqliteFile db = SqliteFile.create(file)) {
            db.execute("CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype TEXT NOT NULL)",
                    "CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, account_id INTEGER,"
                            + " contact_id INTEGER, display_name TEXT, deleted INTEGER NOT NULL DEFAULT 0)",
                    "CREATE TABLE data (_id INTEGER PRIMARY KEY AUTOINCREMENT, mimetype_id INTEGER NOT NULL,"
                            + " raw_contact_id INTEGER NOT NULL, data1 TEXT, data2 TEXT, data3 TEXT, data4 TEXT,"
                            + " data5 TEXT, data15 BLOB)",
                    "CREATE TABLE calls (_id INTEGER PRIMARY KEY AUTOINCREMENT, number TEXT, date INTEGER,"
                            + " duration INTEGER, type INTEGER, new INTEGER, name TEXT, numbertype INTEGER,"
                            + " numberlabel TEXT, countryiso TEXT, geocoded_location TEXT)",
                    "INSERT INTO mimetypes (_id, mimetype) VALUES (5, 'vnd.android.cursor.item/phone_v2'),"
                            + " (7, 'vnd.android.cursor.item/name'), (1, 'vnd.android.cursor.item/email_v2')",
                    "INSERT INTO raw_contacts (_id, contact_id, display_name) VALUES (1, 1, 'Anh Hùng Vinh'),"
                            + " (2, 2, 'Tư Móng Cái'), (3, 3, 'Somphone Lak Xao')");
            contact(db, 1, "Anh Hùng Vinh", "0912 345 678");
            contact(db, 2, "Tư Móng Cái", "0162 555 7788");
            contact(db, 3, "Somphone Lak Xao", "+856 20 5551 2345");
            call(db, "+8562055512345", "2026-03-13T21:30:00+07:00", 95, 2, "Somphone Lak Xao", "LA");
            call(db, TU_NEW, "2026-03-12T19:58:00+07:00", 0, 3, null, "VN");
            call(db, HUNG, "2026-03-14T05:25:00+07:00", 0, 2, "Anh Hùng Vinh", "VN");
            call(db, HUNG, "2026-03-14T05:31:00+07:00", 42, 1, "Anh Hùng Vinh", "VN");
        }
    }

    private static void contact(SqliteFile db, int rawContact, String name, String number) throws IOException {
        db.insert("INSERT INTO data (mimetype_id, raw_contact_id, data1) VALUES (7, ?, ?)", rawContact, name);
        db.insert("INSERT INTO data (mimetype_id, raw_contact_id, data1, data2) VALUES (5, ?, ?, '2')",
                rawContact, number);
    }

    private static void call(SqliteFile db, String number, String time, int seconds, int type, String name,
                             String country) throws IOException {
        db.insert("INSERT INTO calls (number, date, duration, type, new, name, countryiso) VALUES (?, ?, ?, ?, 0, ?, ?)",
                number, millis(time), seconds, type, name, country);
    }

    private static void writeWhatsApp(Path file) throws IOException {
        try (SqliteFile db = SqliteFile.create(file)) {
            db.execute("CREATE TABLE jid (_id INTEGER PRIMARY KEY AUTOINCREMENT, user TEXT NOT NULL, server TEXT NOT NULL,"
                            + " agent INTEGER, device INTEGER, type INTEGER, raw_string TEXT)",
                    "CREATE TABLE chat (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid_row_id INTEGER UNIQUE,"
                            + " hidden INTEGER, subject TEXT, created_timestamp INTEGER, archived INTEGER,"
                            + " sort_timestamp INTEGER)",
                    "CREATE TABLE message (_id INTEGER PRIMARY KEY AUTOINCREMENT, chat_row_id INTEGER NOT NULL,"
                            + " from_me INTEGER NOT NULL, key_id TEXT NOT NULL, sender_jid_row_id INTEGER,"
                            + " status INTEGER, broadcast INTEGER, recipient_count INTEGER, participant_hash TEXT,"
                            + " origination_flags INTEGER, origin INTEGER, timestamp INTEGER, received_timestamp"
                            + " INTEGER, receipt_server_timestamp INTEGER, message_type INTEGER, text_data TEXT,"
                            + " starred INTEGER, lookup_tables INTEGER, sort_id INTEGER)",
                    "CREATE TABLE message_media (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER,"
                            + " autotransfer_retry_enabled INTEGER, multicast_id TEXT, media_job_uuid TEXT,"
                            + " transferred INTEGER, transcoded INTEGER, file_path TEXT, file_size INTEGER,"
                            + " suspicious_content INTEGER, trim_from INTEGER, trim_to INTEGER, face_x INTEGER,"
                            + " face_y INTEGER, media_key BLOB, media_key_timestamp INTEGER, width INTEGER,"
                            + " height INTEGER, has_streaming_sidecar INTEGER, gif_attribution INTEGER,"
                            + " thumbnail_height_width_ratio REAL, direct_path TEXT, first_scan_sidecar BLOB,"
                            + " first_scan_length INTEGER, message_url TEXT, mime_type TEXT, file_length INTEGER,"
                            + " media_name TEXT, file_hash TEXT, media_duration INTEGER, page_count INTEGER,"
                            + " enc_file_hash TEXT, partial_media_hash TEXT, partial_media_enc_hash TEXT,"
                            + " is_animated_sticker INTEGER, original_file_hash TEXT, mute_video INTEGER,"
                            + " media_caption TEXT)",
                    "CREATE TABLE message_location (message_row_id INTEGER PRIMARY KEY, chat_row_id INTEGER,"
                            + " latitude REAL, longitude REAL, place_name TEXT, place_address TEXT, url TEXT,"
                            + " live_location_share_duration INTEGER, live_location_sequence_number INTEGER,"
                            + " live_location_final_latitude REAL, live_location_final_longitude REAL,"
                            + " live_location_final_timestamp INTEGER, map_download_status INTEGER)",
                    "INSERT INTO jid (_id, user, server, type, raw_string) VALUES"
                            + " (1, '" + SOMPHONE + "', 's.whatsapp.net', 0, '" + SOMPHONE + "@s.whatsapp.net')",
                    "INSERT INTO chat (_id, jid_row_id, subject) VALUES (1, 1, NULL)");
            whatsApp(db, 1, 0, "2026-03-13T18:40:00+07:00", 0, "ເຄື່ອງພ້ອມແລ້ວ ຢູ່ລັກຊາວ. 12 ກະສອບ.");
            whatsApp(db, 2, 0, "2026-03-13T18:41:00+07:00", 5, null);
            db.insert("INSERT INTO message_location (message_row_id, chat_row_id, latitude, longitude, place_name)"
                    + " VALUES (2, 1, 18.1906, 104.9694, 'Lak Xao')");
            whatsApp(db, 3, 1, "2026-03-13T18:45:00+07:00", 0, "Ok, 21h em tới lấy.");
            whatsApp(db, 4, 0, "2026-03-13T21:05:00+07:00", 1, "12 bao, đủ 120 kg");
            db.insert("INSERT INTO message_media (message_row_id, chat_row_id, file_path, mime_type, file_size,"
                    + " media_name, media_caption) VALUES (4, 1, ?, 'image/jpeg', 0, 'IMG-20260313-WA0003.jpg',"
                    + " '12 bao, đủ 120 kg')", PHOTO);
        }
    }

    private static void whatsApp(SqliteFile db, int id, int fromMe, String time, int type, String text)
            throws IOException {
        db.insert("INSERT INTO message (_id, chat_row_id, from_me, key_id, sender_jid_row_id, status, timestamp,"
                + " received_timestamp, message_type, text_data, sort_id) VALUES (?, 1, ?, ?, NULL, ?, ?, ?, ?, ?, ?)",
                id, fromMe, "3EB0TRAINING" + id, fromMe == 1 ? 13 : 0, millis(time), millis(time), type, text, id);
    }

    private static void writeWhatsAppContacts(Path file) throws IOException {
        try (SqliteFile db = SqliteFile.create(file)) {
            db.execute("CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY AUTOINCREMENT, jid TEXT NOT NULL,"
                            + " is_whatsapp_user BOOLEAN NOT NULL, status TEXT, status_timestamp INTEGER, number TEXT,"
                            + " raw_contact_id INTEGER, display_name TEXT, phone_type INTEGER, phone_label TEXT,"
                            + " unseen_msg_count INTEGER, photo_ts INTEGER, thumb_ts INTEGER, photo_id_timestamp"
                            + " INTEGER, given_name TEXT, family_name TEXT, wa_name TEXT, sort_name TEXT)",
                    "INSERT INTO wa_contacts (jid, is_whatsapp_user, number, raw_contact_id, display_name, wa_name)"
                            + " VALUES ('" + SOMPHONE + "@s.whatsapp.net', 1, '+856 20 5551 2345', 3,"
                            + " 'Somphone Lak Xao', 'ສົມພອນ')");
        }
    }

    static long millis(String isoWithOffset) {
        return OffsetDateTime.parse(isoWithOffset).toInstant().toEpochMilli();
    }
}
