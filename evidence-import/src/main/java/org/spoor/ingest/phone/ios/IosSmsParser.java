package org.spoor.ingest.phone.ios;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spoor.comms.Attachment;
import org.spoor.comms.Conversation;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.ingest.entities.PhoneNumbers;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.PhoneTimes;
import org.spoor.ingest.phone.Rows;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * iOS Messages {@code sms.db} (SMS and iMessage): {@code chat}, {@code handle}, {@code message},
 * their join tables and {@code attachment}. {@code message.date} is seconds since 2001 before
 * iOS 11 and nanoseconds since 2001 after.
 */
public final class IosSmsParser implements PhoneArtifactParser {

    @Override
    public String name() {
        return "ios-sms";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        Set<String> tables = SqliteEvidence.tableNames(file);
        return tables.contains("message") && tables.contains("handle") && tables.contains("chat_message_join");
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            Map<Long, Party> handles = handles(db, context);
            chats(db, context, sink, handles);
            Map<Long, List<Attachment>> attachments = attachments(db);
            messages(db, context, sink, handles, attachments);
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }

    private static Map<Long, Party> handles(SqliteEvidence db, PhoneParseContext context) throws SQLException {
        Map<Long, Party> handles = new HashMap<>();
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT ROWID, id, country FROM handle")) {
            while (rs.next()) {
                String country = rs.getString("country");
                PhoneNumbers numbers = country == null || country.isBlank() ? context.numbers()
                        : new PhoneNumbers(country);
                handles.put(rs.getLong("ROWID"), Parties.of(numbers, rs.getString("id"), null));
            }
        }
        return handles;
    }

    private static void chats(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink,
            Map<Long, Party> handles) throws SQLException {
        Map<Long, List<Party>> members = new HashMap<>();
        if (db.hasTable("chat_handle_join")) {
            try (Statement st = db.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT chat_id, handle_id FROM chat_handle_join")) {
                while (rs.next()) {
                    Party p = handles.get(rs.getLong("handle_id"));
                    if (p != null) {
                        members.computeIfAbsent(rs.getLong("chat_id"), k -> new ArrayList<>()).add(p);
                    }
                }
            }
        }
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT ROWID, chat_identifier, service_name, display_name FROM chat"
                        + " ORDER BY ROWID")) {
            while (rs.next()) {
                long id = rs.getLong("ROWID");
                String title = rs.getString("display_name");
                sink.conversation(new Conversation(null, context.source("chat:ROWID=" + id), chatKey(id),
                        service(rs.getString("service_name")),
                        title == null || title.isBlank() ? rs.getString("chat_identifier") : title,
                        members.getOrDefault(id, List.of())));
            }
        }
    }

    private static Map<Long, List<Attachment>> attachments(SqliteEvidence db) throws SQLException {
        Map<Long, List<Attachment>> byMessage = new HashMap<>();
        if (!db.hasTable("message_attachment_join") || !db.hasTable("attachment")) {
            return byMessage;
        }
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT j.message_id, a.ROWID, a.filename, a.mime_type,"
                        + " a.transfer_name, a.total_bytes FROM message_attachment_join j"
                        + " JOIN attachment a ON a.ROWID = j.attachment_id")) {
            while (rs.next()) {
                String path = rs.getString("filename");
                String name = rs.getString("transfer_name");
                if (name == null && path != null) {
                    name = path.substring(path.lastIndexOf('/') + 1);
                }
                byMessage.computeIfAbsent(rs.getLong("message_id"), k -> new ArrayList<>()).add(new Attachment(
                        "attachment:ROWID=" + rs.getLong("ROWID"), name, rs.getString("mime_type"),
                        Rows.nullableNumber(rs, "total_bytes"), path, null));
            }
        }
        return byMessage;
    }

    private static void messages(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink,
            Map<Long, Party> handles, Map<Long, List<Attachment>> attachments) throws SQLException {
        String sql = "SELECT m.ROWID, m.text, m.handle_id, m.service, m.date, m.is_from_me, m.error,"
                + " (SELECT MIN(j.chat_id) FROM chat_message_join j WHERE j.message_id = m.ROWID) AS chat_id"
                + " FROM message m ORDER BY m.ROWID";
        try (PreparedStatement st = db.connection().prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("ROWID");
                boolean fromMe = rs.getInt("is_from_me") == 1;
                Party other = handles.get(rs.getLong("handle_id"));
                Long chat = Rows.nullableNumber(rs, "chat_id");
                sink.message(new Message(null, context.source("message:ROWID=" + id),
                        chat == null ? null : chatKey(chat), service(rs.getString("service")),
                        fromMe ? Direction.OUTGOING : Direction.INCOMING, fromMe ? null : other,
                        fromMe && other != null ? List.of(other) : List.of(),
                        PhoneTimes.appleSecondsOrNanos(Rows.number(rs, "date")), rs.getString("text"),
                        rs.getInt("error") != 0 ? "error " + rs.getInt("error") : null, false,
                        attachments.getOrDefault(id, List.of())));
            }
        }
    }

    private static String chatKey(long chatRowId) {
        return "chat:" + chatRowId;
    }

    private static String service(String name) {
        return name == null || name.isBlank() ? "Messages" : name;
    }
}
