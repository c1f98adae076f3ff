package org.spoor.ingest.phone.whatsapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** The current msgstore schema: {@code message} rows point at {@code chat} and {@code jid} rows. */
final class WhatsAppModernReader {

    private final SqliteEvidence db;
    private final PhoneParseContext context;
    private final PhoneRecordSink sink;
    private final WhatsAppContacts contacts;

    WhatsAppModernReader(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink,
            WhatsAppContacts contacts) {
        this.db = db;
        this.context = context;
        this.sink = sink;
        this.contacts = contacts;
    }

    void read(Set<String> seenKeys, Set<String> seenChats) throws SQLException {
        Map<Long, String> chats = chats();
        seenChats.addAll(chats.values());
        boolean media = db.hasTable("message_media");
        boolean places = db.hasTable("message_location");
        boolean placeNames = places && db.columns("message_location").contains("place_name");
        String sql = "SELECT m._id, m.chat_row_id, m.from_me, m.key_id, m.timestamp, m.text_data, m.status,"
                + " sj.raw_string AS sender_jid"
                + (media ? ", mm.file_path, mm.mime_type, mm.file_size, mm.media_name" : "")
                + (places ? ", ml.latitude, ml.longitude" : "")
                + (placeNames ? ", ml.place_name" : "")
                + " FROM message m LEFT JOIN jid sj ON sj._id = m.sender_jid_row_id"
                + (media ? " LEFT JOIN message_media mm ON mm.message_row_id = m._id" : "")
                + (places ? " LEFT JOIN message_location ml ON ml.message_row_id = m._id" : "")
                + " ORDER BY m._id";
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String chatJid = chats.get(rs.getLong("chat_row_id"));
                if (chatJid == null || "status@broadcast".equals(chatJid)) {
                    continue;
                }
                seenKeys.add(rs.getString("key_id"));
                String locator = "message:_id=" + rs.getLong("_id");
                Attachment attachment = media && rs.getString("file_path") != null
                        ? new Attachment("message_media:message_row_id=" + rs.getLong("_id"),
                                rs.getString("media_name"), rs.getString("mime_type"),
                                Rows.nullableNumber(rs, "file_size"), rs.getString("file_path"), null)
                        : null;
                WhatsAppMessages.emit(context, sink, contacts, locator, chatJid, rs.getString("sender_jid"),
                        rs.getInt("from_me") == 1, PhoneTimes.unixMillis(Rows.number(rs, "timestamp")),
                        rs.getString("text_data"), rs.getInt("status"), attachment,
                        places ? Rows.decimal(rs, "latitude") : 0, places ? Rows.decimal(rs, "longitude") : 0,
                        placeNames ? rs.getString("place_name") : null);
            }
        }
    }

    private Map<Long, String> chats() throws SQLException {
        Map<Long, String> chats = new HashMap<>();
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT c._id, c.subject, j.raw_string FROM chat c"
                        + " JOIN jid j ON j._id = c.jid_row_id ORDER BY c._id")) {
            while (rs.next()) {
                String jid = rs.getString("raw_string");
                chats.put(rs.getLong("_id"), jid);
                Party party = Parties.of(context.numbers(), jid, contacts.nameOf(jid));
                sink.conversation(new Conversation(null, context.source("chat:_id=" + rs.getLong("_id")),
                        WhatsAppMessages.chatKey(jid), WhatsAppMessages.SERVICE,
                        rs.getString("subject") != null ? rs.getString("subject") : contacts.nameOf(jid),
                        WhatsAppMessages.isGroup(jid) || party == null ? List.of() : List.of(party)));
            }
        }
        return chats;
    }
}
