package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.Direction;
import org.spoor.ingest.phone.ios.IosAddressBookParser;
import org.spoor.ingest.phone.ios.IosCallHistoryParser;
import org.spoor.ingest.phone.ios.IosSmsParser;

/** iOS databases made here from their published schemas: no public sample of these is in the corpus. */
class IosFixturesTest {

    @TempDir
    Path folder;

    private PhoneParseContext context(Path file) {
        return new PhoneParseContext(1, "VN", CompanionFiles.siblingsOf(file), folder.resolve("scratch"));
    }

    @Test
    void callHistoryGivesDirectionAnswerDurationAndTheAppleEpochTime() throws Exception {
        Path db = folder.resolve("CallHistory.storedata");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ZCALLRECORD (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                    + " ZANSWERED INTEGER, ZCALLTYPE INTEGER, ZORIGINATED INTEGER, ZDATE TIMESTAMP, ZDURATION FLOAT,"
                    + " ZISO_COUNTRY_CODE VARCHAR, ZNAME VARCHAR, ZSERVICE_PROVIDER VARCHAR, ZADDRESS BLOB)");
            st.execute("INSERT INTO ZCALLRECORD VALUES (1, 2, 1, 1, 1, 0, 721000000.5, 64.4, 'vn', NULL,"
                    + " 'com.apple.Telephony', CAST('0168 345 6789' AS BLOB)),"
                    + " (2, 2, 1, 0, 1, 1, 721000100, 0, 'la', NULL, 'net.whatsapp.WhatsApp', '+856 20 5555 1234')");
        }
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();
        IosCallHistoryParser parser = new IosCallHistoryParser();

        assertThat(parser.accepts(db, null)).isTrue();
        parser.parse(db, context(db), sink);

        assertThat(sink.calls()).hasSize(2);
        assertThat(sink.calls().get(0).direction()).isEqualTo(Direction.INCOMING);
        assertThat(sink.calls().get(0).answered()).isTrue();
        assertThat(sink.calls().get(0).durationSeconds()).isEqualTo(64);
        assertThat(sink.calls().get(0).counterpart().normalised()).isEqualTo("+84383456789");
        assertThat(sink.calls().get(0).startedAt().instant()).isEqualTo(Instant.parse("2023-11-06T21:46:40.500Z"));
        assertThat(sink.calls().get(1).direction()).isEqualTo(Direction.OUTGOING);
        assertThat(sink.calls().get(1).service()).isEqualTo("net.whatsapp.WhatsApp");
        assertThat(sink.calls().get(1).counterpart().normalised()).isEqualTo("+8562055551234");
    }

    @Test
    void anAddressBookIsReadWithTheEditsThatLiveOnlyInItsWriteAheadLog() throws Exception {
        Path db = folder.resolve("AddressBook.sqlitedb");
        Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            st.execute("CREATE TABLE ABPerson (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, First TEXT, Last TEXT,"
                    + " Organization TEXT)");
            st.execute("CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, record_id INTEGER, property INTEGER,"
                    + " identifier INTEGER, label INTEGER, value TEXT)");
            st.execute("CREATE TABLE ABMultiValueLabel (value TEXT, UNIQUE(value))");
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("INSERT INTO ABMultiValueLabel (rowid, value) VALUES (1, '_$!<Mobile>!$_')");
            st.execute("INSERT INTO ABPerson VALUES (1, 'Ba', 'Lào Cai', NULL)");
            st.execute("INSERT INTO ABMultiValue VALUES (1, 1, 3, 0, 1, '0383 456 789'),"
                    + " (2, 1, 4, 1, NULL, 'Ba.LaoCai@example.vn')");
        }
        // Copy the database and its journal while the writer still holds them, as an extraction does.
        Path seized = Files.createDirectories(folder.resolve("seized"));
        Files.copy(db, seized.resolve("AddressBook.sqlitedb"));
        Files.copy(folder.resolve("AddressBook.sqlitedb-wal"), seized.resolve("AddressBook.sqlitedb-wal"));
        writer.close();
        Path evidence = seized.resolve("AddressBook.sqlitedb");
        byte[] before = Files.readAllBytes(evidence);
        byte[] walBefore = Files.readAllBytes(seized.resolve("AddressBook.sqlitedb-wal"));
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();
        IosAddressBookParser parser = new IosAddressBookParser();
        Files.createDirectories(folder.resolve("scratch"));

        assertThat(parser.accepts(evidence, null)).isTrue();
        parser.parse(evidence, context(evidence), sink);

        assertThat(sink.contacts()).singleElement().satisfies(c -> {
            assertThat(c.displayName()).isEqualTo("Ba Lào Cai");
            assertThat(c.identifiers()).extracting(i -> i.normalised(), i -> i.label()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("+84383456789", "Mobile"),
                    org.assertj.core.groups.Tuple.tuple("ba.laocai@example.vn", null));
        });
        assertThat(Files.readAllBytes(evidence)).isEqualTo(before);
        assertThat(Files.readAllBytes(seized.resolve("AddressBook.sqlitedb-wal"))).isEqualTo(walBefore);
        try (var left = Files.list(folder.resolve("scratch"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void iosMessageDatesInNanosecondsSince2001AreRead() throws Exception {
        Path db = folder.resolve("sms.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT, country TEXT, service TEXT)");
            st.execute("CREATE TABLE chat (ROWID INTEGER PRIMARY KEY, guid TEXT, chat_identifier TEXT,"
                    + " service_name TEXT, display_name TEXT)");
            st.execute("CREATE TABLE message (ROWID INTEGER PRIMARY KEY, guid TEXT, text TEXT, handle_id INTEGER,"
                    + " service TEXT, date INTEGER, is_from_me INTEGER, error INTEGER DEFAULT 0)");
            st.execute("CREATE TABLE chat_message_join (chat_id INTEGER, message_id INTEGER)");
            st.execute("INSERT INTO handle VALUES (1, '+84383456789', 'vn', 'SMS')");
            st.execute("INSERT INTO message VALUES (1, 'g', 'hàng tới', 1, 'SMS', 721000000123456789, 0, 0)");
        }
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();

        new IosSmsParser().parse(db, context(db), sink);

        assertThat(sink.messages()).singleElement().satisfies(m ->
                assertThat(m.sentAt().instant()).isEqualTo(Instant.parse("2023-11-06T21:46:40.123456789Z")));
    }
}
