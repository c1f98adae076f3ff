package org.spoor.ingest.phone.whatsapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.spoor.comms.Attachment;
import org.spoor.comms.Conversation;
import org.spoor.comms.Party;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.PhoneTimes;
import org.spoor.ingest.phone.Rows;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * The legacy msgstore schema: {@code messages} rows carry the chat JID ({@code key_remote_jid}),
 * the group sender ({@code remote_resource}), the text ({@code data}) and media columns inline.
 */
final class WhatsAppLegacyReader {

    private final SqliteEvidence db;
    private final PhoneParseContext context;
    private final PhoneRecordSink sink;
    private final WhatsAppContacts contacts;

    WhatsAppLegacyReader(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink,
            WhatsAppContacts contacts) {
        this.db = db;
        this.context = context;
        this.sink = sink;
        this.contacts = contacts;
    }

    void read(Set<String> seenKeys, Set<String> seenChats) throws SQLException {
        Set<String> columns = db.columns("messages");
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT * FROM messages ORDER BY _id")) {
            while (rs.next()) {
                String chatJid = rs.getString("key_remote_jid");
                String key = rs.getString("key_id");
                if (chatJid == null || "-1".equals(chatJid) || "status@broadcast".equals(chatJid)
                        || seenKeys.contains(key)) {
                    continue;
                }
                if (seenChats.add(chatJid)) {
                    conversation(chatJid);
                }
                String path = columns.contains("media_name") ? rs.getString("media_name") : null;
                Attachment attachment = path == null ? null : new Attachment("messages:_id=" + rs.getLong("_id"),
                        path, columns.contains("media_mime_type") ? rs.getString("media_mime_type") : null,
                        columns.contains("media_size") ? Rows.nullableNumber(rs, "media_size") : null, null, null);
                String text = rs.getString("data");
                if (text == null && columns.contains("media_caption")) {
                    text = rs.getString("media_caption");
                }
                WhatsAppMessages.emit(context, sink, contacts, "messages:_id=" + rs.getLong("_id"), chatJid,
                        columns.contains("remote_resource") ? rs.getString("remote_resource") : null,
                        rs.getInt("key_from_me") == 1, PhoneTimes.unixMillis(Rows.number(rs, "timestamp")), text,
                        rs.getInt("status"), attachment,
                        columns.contains("latitude") ? Rows.decimal(rs, "latitude") : 0,
                        columns.contains("longitude") ? Rows.decimal(rs, "longitude") : 0);
            }
        }
    }

    private void conversation(String chatJid) {
        Party party = Parties.of(context.numbers(), chatJid, contacts.nameOf(chatJid));
        sink.conversation(new Conversation(null, context.source("messages:key_remote_jid=" + chatJid),
                WhatsAppMessages.chatKey(chatJid), WhatsAppMessages.SERVICE, contacts.nameOf(chatJid),
                WhatsAppMessages.isGroup(chatJid) || party == null ? List.of() : List.of(party)));
    }
}
