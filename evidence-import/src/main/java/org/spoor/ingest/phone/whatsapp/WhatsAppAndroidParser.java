package org.spoor.ingest.phone.whatsapp;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * WhatsApp for Android's {@code msgstore.db}, in both schemas: the legacy one (one {@code messages}
 * table keyed by {@code key_remote_jid}) and the one WhatsApp moved to from 2021-22 ({@code message}
 * with {@code chat} and {@code jid}). A database caught mid-migration holds both; the new table is
 * read first and legacy rows are added only if their {@code key_id} was not in it.
 */
public final class WhatsAppAndroidParser implements PhoneArtifactParser {

    @Override
    public String name() {
        return "whatsapp-android";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        Set<String> tables = SqliteEvidence.tableNames(file);
        boolean modern = tables.contains("message") && tables.contains("jid") && tables.contains("chat");
        boolean legacy = tables.contains("messages") && tables.contains("chat_list");
        return modern || legacy;
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        WhatsAppContacts contacts = WhatsAppContacts.read(context, sink);
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            Set<String> seenKeys = new HashSet<>();
            Set<String> seenChats = new HashSet<>();
            boolean known = false;
            if (db.hasTable("message") && db.hasTable("jid") && db.hasTable("chat")) {
                new WhatsAppModernReader(db, context, sink, contacts).read(seenKeys, seenChats);
                known = true;
            }
            if (db.hasTable("messages") && db.columns("messages").contains("key_remote_jid")) {
                new WhatsAppLegacyReader(db, context, sink, contacts).read(seenKeys, seenChats);
                known = true;
            }
            if (!known) {
                throw new PhoneParseException("phone.parse.unknownVersion",
                        "WhatsApp database of an unknown version (no message table Spoor knows)",
                        file.getFileName(), "WhatsApp");
            }
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }
}
