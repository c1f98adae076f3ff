package org.spoor.ingest.phone.whatsapp;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * WhatsApp for iOS's {@code ChatStorage.sqlite}, a Core Data store: {@code ZWACHATSESSION} chats,
 * {@code ZWAMESSAGE} messages (times in seconds since 2001), {@code ZWAMEDIAITEM} media and shared
 * places, {@code ZWAGROUPMEMBER} group members. Column use follows iLEAPP's {@code whatsApp.py}
 * (media joined on {@code ZWAMEDIAITEM.ZMESSAGE}, coordinates only for message type 5) and IPED's
 * {@code ExtractorIOS} (group sender through {@code ZGROUPMEMBER}, members by chat session). The
 * store runs in WAL mode, so it is opened with its {@code -wal} when the dump has one.
 */
public final class WhatsAppIosParser implements PhoneArtifactParser {

    @Override
    public String name() {
        return "whatsapp-ios";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        Set<String> tables = SqliteEvidence.tableNames(file);
        return tables.contains("zwamessage") && tables.contains("zwachatsession");
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            Set<String> messageColumns = db.columns("ZWAMESSAGE");
            Set<String> chatColumns = db.columns("ZWACHATSESSION");
            if (!messageColumns.containsAll(Set.of("zchatsession", "zisfromme", "zmessagedate"))
                    || !chatColumns.contains("zcontactjid")) {
                throw new PhoneParseException("phone.parse.unknownVersion",
                        "WhatsApp database of an unknown version (ZWAMESSAGE lacks the columns Spoor reads)",
                        file.getFileName(), "WhatsApp");
            }
            WhatsAppIosChats chats = WhatsAppIosChats.read(db, context, sink);
            new WhatsAppIosMessages(db, context, sink, chats).read(messageColumns);
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }
}
