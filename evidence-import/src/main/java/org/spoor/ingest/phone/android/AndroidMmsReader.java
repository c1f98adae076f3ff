package org.spoor.ingest.phone.android;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.spoor.comms.Attachment;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.PhoneTimes;
import org.spoor.ingest.phone.Rows;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * MMS in {@code mmssms.db}: {@code pdu} rows (date in seconds), their addresses in {@code addr}
 * (type 137 = from, 151 = to, 130 = cc, per the MMS encapsulation spec) and parts in {@code part}
 * (text parts carry the body; other parts, except the SMIL layout, are attachments).
 */
final class AndroidMmsReader {

    /** {@code addr.type} of the sender (PduHeaders.FROM). */
    private static final int FROM = 137;

    private final SqliteEvidence db;
    private final PhoneParseContext context;
    private final PhoneRecordSink sink;

    AndroidMmsReader(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink) {
        this.db = db;
        this.context = context;
        this.sink = sink;
    }

    void read() throws SQLException {
        try (PreparedStatement st = db.connection().prepareStatement(
                "SELECT _id, thread_id, date, msg_box, sub FROM pdu ORDER BY _id");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("_id");
                int box = rs.getInt("msg_box");
                Direction direction = box == 1 ? Direction.INCOMING : box >= 2 && box <= 5 ? Direction.OUTGOING
                        : Direction.UNKNOWN;
                Party sender = null;
                List<Party> recipients = new ArrayList<>();
                for (Party p : addresses(id, true)) {
                    sender = p;
                }
                recipients.addAll(addresses(id, false));
                StringBuilder body = new StringBuilder();
                List<Attachment> attachments = new ArrayList<>();
                readParts(id, body, attachments);
                String subject = rs.getString("sub");
                String text = body.length() > 0 ? body.toString() : subject;
                sink.message(new Message(null, context.source("pdu:_id=" + id),
                        AndroidSmsParser.threadKey(rs.getLong("thread_id")), "MMS", direction, sender, recipients,
                        PhoneTimes.unixMillis(Rows.number(rs, "date") * 1000), text, null, false, attachments));
            }
        }
    }


    private List<Party> addresses(long messageId, boolean from) throws SQLException {
        List<Party> parties = new ArrayList<>();
        String sql = "SELECT address FROM addr WHERE msg_id = ? AND " + (from ? "type = " + FROM : "type <> " + FROM);
        try (PreparedStatement st = db.connection().prepareStatement(sql)) {
            st.setLong(1, messageId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String address = rs.getString("address");
                    if (address != null && !"insert-address-token".equals(address)) {
                        parties.add(Parties.of(context.numbers(), address, null));
                    }
                }
            }
        }
        return parties;
    }

    private void readParts(long messageId, StringBuilder body, List<Attachment> attachments) throws SQLException {
        if (!db.hasTable("part")) {
            return;
        }
        try (PreparedStatement st = db.connection().prepareStatement(
                "SELECT _id, ct, text, _data, cl, name FROM part WHERE mid = ? ORDER BY seq, _id")) {
            st.setLong(1, messageId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString("ct");
                    if ("application/smil".equals(type)) {
                        continue;
                    }
                    if ("text/plain".equals(type) && rs.getString("_data") == null) {
                        body.append(body.length() > 0 ? "\n" : "").append(rs.getString("text"));
                        continue;
                    }
                    String name = rs.getString("cl") != null ? rs.getString("cl") : rs.getString("name");
                    attachments.add(new Attachment("part:_id=" + rs.getLong("_id"), name, type, null,
                            rs.getString("_data"), null));
                }
            }
        }
    }
}
