package org.spoor.ingest.phone.leapp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * ALEAPP/iLEAPP outputs built from the published layouts: TSVs as {@code ilapfuncs.tsv} writes them
 * (utf-8-sig, Python csv quoting, CRLF) with the modules' {@code data_headers}, and a LAVA database
 * with {@code lavafuncs.py}'s own tables and artifact tables of sanitized columns.
 */
public final class LeappFixtures {

    private LeappFixtures() {
    }

    public static Path tsv(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder("\uFEFF");
        append(out, header);
        for (List<String> row : rows) {
            append(out, row);
        }
        Files.createDirectories(file.getParent());
        return Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    private static void append(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            boolean quote = c.contains("\t") || c.contains("\"") || c.contains("\n") || c.contains("\r");
            out.append(i == 0 ? "" : "\t").append(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
        }
        out.append("\r\n");
    }

    /** ALEAPP {@code smsmms.py} "sms messages": one received and one sent SMS of thread 3. */
    public static Path androidSms(Path file) throws IOException {
        return tsv(file, List.of("Date", "MSG ID", "Thread ID", "Address", "Contact ID", "Date sent", "Read", "Type",
                "Body", "Service Center", "Error code"), List.of(
                List.of("2023-03-16 07:30:00", "11", "3", "0912345678", "", "2023-03-16 07:29:58", "1", "Received",
                        "Hàng tới,\t120 kg \"vảy\"\nmai giao", "+84980200030", "0"),
                List.of("2023-03-16 07:35:10", "12", "3", "0912345678", "", "", "1", "Sent", "OK", "", "0")));
    }

    /** ALEAPP {@code whatsApp.py} "WhatsApp - Messages" in its newer layout (JIDs for both ends). */
    public static Path whatsAppMessages(Path file) throws IOException {
        return tsv(file, List.of("Message ID", "Direction", "Sender", "Send Timestamp", "Received Timestamp",
                "Content", "Message Quoted", "Recipient", "Attachment"), List.of(
                List.of("301", "Incoming", "84912345678@s.whatsapp.net", "2023-03-16 10:00:00", "", "Ngà voi 3 kg",
                        "", "", ""),
                List.of("302", "Outgoing", "", "2023-03-16 10:05:00", "", "Giá?", "", "84912345678@s.whatsapp.net",
                        "")));
    }

    /** ALEAPP {@code calllog.py} "Call Logs", its Type cells carrying the report's HTML icons. */
    public static Path androidCalls(Path file) throws IOException {
        return tsv(file, List.of("Call Date", "Phone Account Address", "Partner", "Type", "Duration in Secs",
                "Partner Location", "Country ISO", "Data", "Mime Type", "Transcription", "Deleted", "Source File"),
                List.of(
                List.of("2023-03-16 08:00:00", " ", "+84 912 345 678",
                        "Outgoing <i data-feather=\"phone-outgoing\" stroke=\"green\"></i>", "95", "Hà Tĩnh", "VN",
                        " ", " ", " ", "0", "/data/calllog.db"),
                List.of("2023-03-16 09:00:00", " ", "0987654321",
                        "Missed <i data-feather=\"phone-missed\" stroke=\"red\"></i>", "0", " ", "VN", " ", " ", " ",
                        "0", "/data/calllog.db")));
    }

    /** The same call log from a newer ALEAPP that renamed Type and dropped the duration. */
    public static Path androidCallsOfAnUnknownVersion(Path file) throws IOException {
        return tsv(file, List.of("Call Date", "Phone Account Address", "Partner", "Call Kind", "Partner Location",
                "Country ISO", "Transcription", "Deleted"),
                List.of(List.of("2023-03-16 08:00:00", " ", "0912345678", "Outgoing", " ", "VN", " ", "0")));
    }

    /** ALEAPP {@code contacts.py} "Contacts": one row per number or e-mail. */
    public static Path androidContacts(Path file) throws IOException {
        return tsv(file, List.of("mimetype", "data1", "display_name", "phone_number", "email address"), List.of(
                List.of("vnd.android.cursor.item/phone_v2", "0912 345 678", "Anh Hùng", "0912 345 678", ""),
                List.of("vnd.android.cursor.item/email_v2", "hung@example.vn", "Anh Hùng", "", "hung@example.vn")));
    }

    /** iLEAPP {@code addressBook.py} "Address Book" (empty columns dropped, numbers as label: value lines). */
    public static Path iosAddressBook(Path file) throws IOException {
        return tsv(file, List.of("Creation Date", "Modification Date", "First Name", "Last Name", "Phone Numbers",
                "Email addresses", "Storage Place"), List.of(
                List.of("2022-11-01 10:00:00+00:00", "2023-01-01 10:00:00+00:00", "Mai", "Trần",
                        "mobile: +84 987 654 321\rhome: 024 3826 1234", "work: mai@example.vn", "Local")));
    }

    /** A location artifact: any export with Latitude and Longitude beside a time. */
    public static Path locations(Path file) throws IOException {
        return tsv(file, List.of("Timestamp", "Latitude", "Longitude", "Horizontal Accuracy", "Name"), List.of(
                List.of("2023-03-16 06:45:00", "18.3901", "105.1602", "12.5", "Cầu Treo"),
                List.of("2023-03-16 09:10:00", "18.6796", "105.6813", "", "")));
    }

    /** An artifact Spoor does not map (ALEAPP Chrome history). */
    public static Path chromeHistory(Path file) throws IOException {
        return tsv(file, List.of("Last Visit Time", "URL", "Title", "Visit Count", "Hidden"), List.of(
                List.of("2023-03-15 22:00:00", "https://example.vn/ngà-voi", "Ngà voi giá", "3", "0")));
    }

    /** A LAVA database: the tool's tables, iLEAPP's sms and call history, and an unmapped table. */
    public static Path lava(Path file) throws SQLException, IOException {
        Files.createDirectories(file.getParent());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE _artifact_search_patterns (id INTEGER PRIMARY KEY, module_name TEXT NOT NULL,"
                    + " artifact_name TEXT NOT NULL, regex TEXT NOT NULL)");
            st.execute("CREATE TABLE _file_path_list (id INTEGER PRIMARY KEY, file_path TEXT NOT NULL)");
            st.execute("CREATE TABLE _lava_media_items (id TEXT PRIMARY KEY, source_path TEXT, extraction_path TEXT,"
                    + " type TEXT, metadata TEXT, created_at INTEGER, updated_at INTEGER, is_embedded INTEGER)");
            st.execute("CREATE TABLE _lava_media_references (id TEXT PRIMARY KEY, media_item_id TEXT,"
                    + " module_name TEXT, artifact_name TEXT, name TEXT)");
            st.execute("CREATE TABLE \"sms\" (\"message_timestamp\" INTEGER, \"read_timestamp\" INTEGER,"
                    + " \"message\" TEXT, \"service\" TEXT, \"message_direction\" TEXT, \"message_sent\" TEXT,"
                    + " \"message_delivered\" TEXT, \"message_read\" TEXT, \"account\" TEXT, \"account_login\" TEXT,"
                    + " \"chat_contact_id\" TEXT, \"attachment_name\" TEXT, \"attachment_file\" TEXT,"
                    + " \"attachment_timestamp\" INTEGER, \"attachment_mimetype\" TEXT,"
                    + " \"attachment_size_bytes\" TEXT, \"message_row_id\" TEXT, \"chat_id\" TEXT, \"from_me\" TEXT)");
            st.execute("INSERT INTO sms (message_timestamp, message, service, message_direction, chat_contact_id,"
                    + " message_row_id, chat_id, from_me) VALUES (1678951800, 'Xe 38C-123.45 tới lúc 9h', 'iMessage',"
                    + " 'Incoming', '+84912345678', '41', '5', '0')");
            st.execute("INSERT INTO sms (message_timestamp, message, service, message_direction, chat_contact_id,"
                    + " message_row_id, chat_id, from_me) VALUES (1678952100, 'Đã nhận', 'SMS', 'Outgoing',"
                    + " '+84912345678', '42', '5', '1')");
            st.execute("CREATE TABLE \"callhistory\" (\"timestamp\" INTEGER, \"phone_number\" TEXT, \"name\" TEXT,"
                    + " \"answered\" TEXT, \"call_type\" TEXT, \"call_direction\" TEXT, \"call_duration\" TEXT,"
                    + " \"iso_country_code\" TEXT, \"location\" TEXT, \"service_provider\" TEXT)");
            st.execute("INSERT INTO callhistory VALUES (1678955400, '0912345678', 'Anh Hùng', 'Yes', 'Phone',"
                    + " 'Incoming', '00:03:20', 'VN', 'Vietnam', 'com.apple.Telephony')");
            st.execute("CREATE TABLE \"chrome_history\" (\"last_visit_time\" INTEGER, \"url\" TEXT, \"title\" TEXT)");
            st.execute("INSERT INTO chrome_history VALUES (1678900000, 'https://example.vn', 'x')");
        }
        return file;
    }
}
