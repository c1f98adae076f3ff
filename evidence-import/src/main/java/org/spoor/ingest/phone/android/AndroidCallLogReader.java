package org.spoor.ingest.phone.android;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.spoor.comms.Call;
import org.spoor.comms.Direction;
import org.spoor.comms.Party;
import org.spoor.ingest.entities.PhoneNumbers;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.PhoneTimes;
import org.spoor.ingest.phone.Rows;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * The {@code calls} table of Android's call log. {@code type}: 1 incoming, 2 outgoing, 3 missed,
 * 4 voicemail, 5 rejected, 6 blocked, 7 answered elsewhere ({@code CallLog.Calls}); the row's
 * {@code countryiso} is the network country when the call was logged, used to read the number.
 */
final class AndroidCallLogReader {

    private final SqliteEvidence db;
    private final PhoneParseContext context;
    private final PhoneRecordSink sink;

    AndroidCallLogReader(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink) {
        this.db = db;
        this.context = context;
        this.sink = sink;
    }

    void read() throws SQLException {
        Set<String> columns = db.columns("calls");
        String country = columns.contains("countryiso") ? "countryiso" : "NULL AS countryiso";
        String name = columns.contains("name") ? "name" : "NULL AS name";
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT _id, number, date, duration, type, " + name + ", " + country
                        + " FROM calls ORDER BY _id")) {
            while (rs.next()) {
                int type = rs.getInt("type");
                long duration = Rows.number(rs, "duration");
                String region = rs.getString("countryiso");
                PhoneNumbers numbers = region == null || region.isBlank() ? context.numbers()
                        : new PhoneNumbers(region);
                Party other = Parties.of(numbers, rs.getString("number"), rs.getString("name"));
                sink.call(new Call(null, context.source("calls:_id=" + rs.getLong("_id")), "Phone", direction(type),
                        other, PhoneTimes.unixMillis(Rows.number(rs, "date")), duration, answered(type, duration),
                        false));
            }
        }
    }

    private static Direction direction(int type) {
        return switch (type) {
            case 2 -> Direction.OUTGOING;
            case 1, 3, 4, 5, 6, 7 -> Direction.INCOMING;
            default -> Direction.UNKNOWN;
        };
    }

    private static Boolean answered(int type, long duration) {
        return switch (type) {
            case 1, 7 -> true;
            case 3, 4, 5, 6 -> false;
            // The log does not say whether an outgoing call was picked up; a duration says it connected.
            case 2 -> duration > 0;
            default -> null;
        };
    }
}
