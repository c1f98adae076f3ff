package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.exhibit.Exhibit;

/** Phone databases inside a zipped file-system extraction are read with their companions from the same zip. */
class ZippedPhoneExtractionTest {

    private static final String DATABASES = "data/data/com.whatsapp/databases/";

    @TempDir
    Path temp;

    @Test
    void whatsAppNamesComeFromWaDbInTheSameFolderOfTheZip() throws Exception {
        Path msgstore = sqlite("msgstore.db",
                "CREATE TABLE jid (_id INTEGER PRIMARY KEY, user TEXT, server TEXT, raw_string TEXT)",
                "CREATE TABLE chat (_id INTEGER PRIMARY KEY, jid_row_id INTEGER, subject TEXT)",
                "CREATE TABLE message (_id INTEGER PRIMARY KEY, chat_row_id INTEGER, from_me INTEGER, key_id TEXT,"
                        + " sender_jid_row_id INTEGER, status INTEGER, timestamp INTEGER, text_data TEXT,"
                        + " message_type INTEGER)",
                "INSERT INTO jid VALUES (1, '8562055512345', 's.whatsapp.net', '8562055512345@s.whatsapp.net')",
                "INSERT INTO chat VALUES (1, 1, NULL)",
                "INSERT INTO message VALUES (1, 1, 0, 'K1', NULL, 0, 1773402000000, 'hàng sẵn sàng', 0)");
        Path wa = sqlite("wa.db",
                "CREATE TABLE wa_contacts (_id INTEGER PRIMARY KEY, jid TEXT, number TEXT, display_name TEXT,"
                        + " wa_name TEXT)",
                "INSERT INTO wa_contacts VALUES (1, '8562055512345@s.whatsapp.net', '+856 20 5551 2345',"
                        + " 'Somphone Lak Xao', NULL)");
        Path zip = temp.resolve("extraction.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            // The message store comes first: its companion is found whatever the order of the entries.
            put(out, DATABASES + "msgstore.db", msgstore);
            put(out, "data/data/other.app/databases/wa.db", msgstore);
            put(out, DATABASES + "wa.db", wa);
        }
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportFixtures.importInto(caseFile, zip);
            Exhibit store = caseFile.exhibits().all().stream()
                    .filter(e -> e.originalName().equals("msgstore.db")).findFirst().orElseThrow();
            assertThat(new MessageRepository(caseFile.db()).findByExhibit(store.id())).singleElement()
                    .extracting(Message::sender).satisfies(from ->
                            assertThat(from.displayName()).isEqualTo("Somphone Lak Xao"));
        }
    }

    private Path sqlite(String name, String... statements) throws Exception {
        Path db = Files.createDirectories(temp.resolve(name + ".d")).resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        return db;
    }

    private static void put(ZipOutputStream out, String name, Path file) throws Exception {
        out.putNextEntry(new ZipEntry(name));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
    }
}
