package org.spoor.ingest.phone.android;

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
import org.spoor.comms.Conversation;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.PhoneTimes;
import org.spoor.ingest.phone.Rows;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * Android's telephony provider database {@code mmssms.db}: threads, SMS ({@code sms}) and MMS
 * ({@code pdu} with {@code addr} and {@code part}). Schema: AOSP {@code MmsSmsDatabaseHelper}.
 */
public final class AndroidSmsParser implements PhoneArtifactParser {

    private static final String SERVICE_SMS = "SMS";

    @Override
    public String name() {
        return "android-sms";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        Set<String> tables = SqliteEvidence.tableNames(file);
        return tables.contains("sms") && tables.contains("threads");
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            Map<Long, String> addresses = canonicalAddresses(db);
            threads(db, context, sink, addresses);
            sms(db, context, sink);
            if (db.hasTable("pdu") && db.hasTable("addr")) {
                new AndroidMmsReader(db, context, sink).read();
            }
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }

    private static Map<Long, String> canonicalAddresses(SqliteEvidence db) throws SQLException {
        Map<Long, String> addresses = new HashMap<>();
        if (!db.hasTable("canonical_addresses")) {
            return addresses;
        }
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT _id, address FROM canonical_addresses")) {
            while (rs.next()) {
                addresses.put(rs.getLong("_id"), rs.getString("address"));
            }
        }
        return addresses;
    }

    private static void threads(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink,
            Map<Long, String> addresses) throws SQLException {
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT _id, recipient_ids FROM threads ORDER BY _id")) {
            while (rs.next()) {
                long id = rs.getLong("_id");
                List<Party> participants = new ArrayList<>();
                String ids = rs.getString("recipient_ids");
                for (String recipient : ids == null ? new String[0] : ids.trim().split("\\s+")) {
                    if (!recipient.isEmpty()) {
                        String address = addresses.get(Long.parseLong(recipient));
                        if (address != null) {
                            participants.add(Parties.of(context.numbers(), address, null));
                        }
                    }
                }
                sink.conversation(new Conversation(null, context.source("threads:_id=" + id), threadKey(id),
                        SERVICE_SMS, null, participants));
            }
        }
    }

    static String threadKey(long threadId) {
        return "thread:" + threadId;
    }

    private static void sms(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink)
            throws SQLException {
        String sql = "SELECT _id, thread_id, address, date, type, body, status FROM sms ORDER BY _id";
        try (PreparedStatement st = db.connection().prepareStatement(sql)) {
            st.setFetchSize(1000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.message(toMessage(rs, context));
                }
            }
        }
    }

    private static Message toMessage(ResultSet rs, PhoneParseContext context) throws SQLException {
        int type = rs.getInt("type");
        Direction direction = type == 1 ? Direction.INCOMING : type >= 2 && type <= 6 ? Direction.OUTGOING
                : Direction.UNKNOWN;
        Party other = Parties.of(context.numbers(), rs.getString("address"), null);
        long thread = rs.getLong("thread_id");
        return new Message(null, context.source("sms:_id=" + rs.getLong("_id")),
                rs.getObject("thread_id") == null ? null : threadKey(thread), SERVICE_SMS, direction,
                direction == Direction.INCOMING ? other : null,
                direction == Direction.INCOMING || other == null ? List.of() : List.of(other),
                PhoneTimes.unixMillis(Rows.number(rs, "date")), rs.getString("body"), smsBox(type), false, List.of());
    }

    /** The {@code sms.type} values of Android's {@code Telephony.TextBasedSmsColumns}. */
    private static String smsBox(int type) {
        return switch (type) {
            case 1 -> "inbox";
            case 2 -> "sent";
            case 3 -> "draft";
            case 4 -> "outbox";
            case 5 -> "failed";
            case 6 -> "queued";
            default -> "type " + type;
        };
    }
}
