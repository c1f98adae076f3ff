package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.ingest.phone.whatsapp.WhatsAppAndroidParser;

/**
 * A msgstore.db caught mid-migration (both the legacy {@code messages} and the current
 * {@code message}/{@code chat}/{@code jid} tables, columns as published by ALEAPP's WhatsApp
 * module), with its {@code wa.db}. A fixture made here: no public WhatsApp database is in the corpus.
 */
class WhatsAppAndroidParserTest {

    @TempDir
    Path folder;

    private static void sql(Path db, String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    private Path msgstore() throws Exception {
        Path db = folder.resolve("msgstore.db");
        sql(db, "CREATE TABLE jid (_id INTEGER PRIMARY KEY, user TEXT, server TEXT, raw_string TEXT)",
                "CREATE TABLE chat (_id INTEGER PRIMARY KEY, jid_row_id INTEGER, subject TEXT)",
                "CREATE TABLE message (_id INTEGER PRIMARY KEY, chat_row_id INTEGER, from_me INTEGER, key_id TEXT,"
                        + " sender_jid_row_id INTEGER, status INTEGER, timestamp INTEGER, text_data TEXT,"
                        + " message_type INTEGER)",
                "CREATE TABLE message_media (message_row_id INTEGER PRIMARY KEY, file_path TEXT, mime_type TEXT,"
                        + " file_size INTEGER, media_name TEXT, media_caption TEXT)",
                "CREATE TABLE message_location (message_row_id INTEGER PRIMARY KEY, latitude REAL, longitude REAL)",
                "CREATE TABLE messages (_id INTEGER PRIMARY KEY, key_remote_jid TEXT, key_from_me INTEGER,"
                        + " key_id TEXT, status INTEGER, data TEXT, timestamp INTEGER, media_mime_type TEXT,"
                        + " media_size INTEGER, media_name TEXT, media_caption TEXT, latitude REAL, longitude REAL,"
                        + " remote_resource TEXT)",
                "CREATE TABLE chat_list (_id INTEGER PRIMARY KEY, key_remote_jid TEXT, subject TEXT)",
                "INSERT INTO jid VALUES (1, '84383456789', 's.whatsapp.net', '84383456789@s.whatsapp.net'),"
                        + " (2, '84912345678-1600000000', 'g.us', '84912345678-1600000000@g.us'),"
                        + " (3, '6281234567890', 's.whatsapp.net', '6281234567890@s.whatsapp.net')",
                "INSERT INTO chat VALUES (1, 1, NULL), (2, 2, 'Hàng Lào')",
                "INSERT INTO message VALUES (1, 1, 0, 'K1', NULL, 0, 1700000000000, 'vảy tê tê 20 kg', 0),"
                        + " (2, 1, 1, 'K2', NULL, 13, 1700000060000, 'ok anh', 0),"
                        + " (3, 2, 0, 'K3', 3, 0, 1700000120000, NULL, 1),"
                        + " (4, 1, 0, 'K4', NULL, 0, 1700000180000, 'kho', 5)",
                "INSERT INTO message_media VALUES (3, 'Media/WhatsApp Images/IMG-1.jpg', 'image/jpeg', 2048,"
                        + " 'IMG-1.jpg', NULL)",
                "INSERT INTO message_location VALUES (4, 17.9757, 102.6331)",
                // K1 was migrated (same key in both tables); L9 exists only in the legacy table.
                "INSERT INTO messages VALUES (1, '84383456789@s.whatsapp.net', 0, 'K1', 0, 'vảy tê tê 20 kg',"
                        + " 1700000000000, NULL, NULL, NULL, NULL, 0, 0, NULL),"
                        + " (2, '84383456789@s.whatsapp.net', 0, 'L9', 0, 'tin cũ', 1600000000000, NULL, NULL,"
                        + " NULL, NULL, 0, 0, NULL),"
                        + " (3, '-1', 0, '-1', 6, NULL, 0, NULL, NULL, NULL, NULL, 0, 0, NULL)");
        Path wa = folder.resolve("wa.db");
        sql(wa, "CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY, jid TEXT, number TEXT, display_name TEXT,"
                        + " wa_name TEXT, status TEXT)",
                "INSERT INTO wa_contacts VALUES (1, '84383456789@s.whatsapp.net', '0383456789', 'Anh Ba Lào Cai',"
                        + " NULL, NULL)");
        return db;
    }

    @Test
    void bothSchemasOfOneDatabaseAreReadWithoutCountingAMigratedMessageTwice() throws Exception {
        Path db = msgstore();
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();
        WhatsAppAndroidParser parser = new WhatsAppAndroidParser();

        assertThat(parser.accepts(db, null)).isTrue();
        assertThat(parser.accepts(folder.resolve("wa.db"), null)).isFalse();
        parser.parse(db, new PhoneParseContext(1, "VN", CompanionFiles.siblingsOf(db), folder), sink);

        assertThat(sink.messages()).extracting(m -> m.source().locator())
                .containsExactly("message:_id=1", "message:_id=2", "message:_id=3", "message:_id=4", "messages:_id=2");
        Message first = sink.messages().get(0);
        assertThat(first.sender().normalised()).isEqualTo("+84383456789");
        assertThat(first.sender().displayName()).isEqualTo("Anh Ba Lào Cai");
        assertThat(first.direction()).isEqualTo(Direction.INCOMING);
        assertThat(first.sentAt().instant().toEpochMilli()).isEqualTo(1700000000000L);
        assertThat(sink.messages().get(1).direction()).isEqualTo(Direction.OUTGOING);
        assertThat(sink.messages().get(1).status()).isEqualTo("read");
        Message groupPhoto = sink.messages().get(2);
        assertThat(groupPhoto.conversationKey()).isEqualTo("chat:84912345678-1600000000@g.us");
        assertThat(groupPhoto.sender().normalised()).isEqualTo("+6281234567890");
        assertThat(groupPhoto.attachments()).singleElement()
                .satisfies(a -> assertThat(a.extractedPath()).isEqualTo("Media/WhatsApp Images/IMG-1.jpg"));
        assertThat(sink.locations()).singleElement().satisfies(l -> {
            assertThat(l.latitude()).isEqualTo(17.9757);
            assertThat(l.source().locator()).isEqualTo("message:_id=4");
        });
        assertThat(sink.conversations()).extracting(c -> c.title()).containsExactly("Anh Ba Lào Cai", "Hàng Lào");
        assertThat(sink.contacts()).singleElement()
                .satisfies(c -> assertThat(c.identifiers().get(0).normalised()).isEqualTo("+84383456789"));
    }

    @Test
    void aLegacyOnlyDatabaseIsReadToo() throws Exception {
        Path db = folder.resolve("old.db");
        sql(db, "CREATE TABLE messages (_id INTEGER PRIMARY KEY, key_remote_jid TEXT, key_from_me INTEGER,"
                        + " key_id TEXT, status INTEGER, data TEXT, timestamp INTEGER, remote_resource TEXT)",
                "CREATE TABLE chat_list (_id INTEGER PRIMARY KEY, key_remote_jid TEXT, subject TEXT)",
                "INSERT INTO messages VALUES (1, '51987654321@s.whatsapp.net', 1, 'A', 5, 'colmillos listos',"
                        + " 1500000000000, NULL)");
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();

        new WhatsAppAndroidParser().parse(db, new PhoneParseContext(1, "PE", CompanionFiles.siblingsOf(db), folder),
                sink);

        assertThat(sink.messages()).singleElement().satisfies(m -> {
            assertThat(m.body()).isEqualTo("colmillos listos");
            assertThat(m.recipients()).extracting(p -> p.normalised()).containsExactly("+51987654321");
        });
    }
}
