package org.spoor.ingest.phone.ios;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.spoor.comms.Call;
import org.spoor.comms.Direction;
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
 * iOS {@code CallHistory.storedata} (Core Data, iOS 8+): {@code ZCALLRECORD} with {@code ZDATE} in
 * seconds since 2001, {@code ZORIGINATED} 1 for outgoing, {@code ZANSWERED}, and
 * {@code ZSERVICE_PROVIDER} naming the app (cellular, FaceTime, WhatsApp through CallKit).
 */
public final class IosCallHistoryParser implements PhoneArtifactParser {

    @Override
    public String name() {
        return "ios-call-history";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        return SqliteEvidence.tableNames(file).contains("zcallrecord");
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            Set<String> columns = db.columns("ZCALLRECORD");
            String sql = "SELECT Z_PK, ZADDRESS, ZDATE, ZDURATION, ZORIGINATED, ZANSWERED"
                    + (columns.contains("zname") ? ", ZNAME" : ", NULL AS ZNAME")
                    + (columns.contains("ziso_country_code") ? ", ZISO_COUNTRY_CODE" : ", NULL AS ZISO_COUNTRY_CODE")
                    + (columns.contains("zservice_provider") ? ", ZSERVICE_PROVIDER" : ", NULL AS ZSERVICE_PROVIDER")
                    + " FROM ZCALLRECORD ORDER BY Z_PK";
            try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    String country = rs.getString("ZISO_COUNTRY_CODE");
                    PhoneNumbers numbers = country == null || country.isBlank() ? context.numbers()
                            : new PhoneNumbers(country);
                    boolean outgoing = rs.getInt("ZORIGINATED") == 1;
                    sink.call(new Call(null, context.source("ZCALLRECORD:Z_PK=" + rs.getLong("Z_PK")),
                            service(rs.getString("ZSERVICE_PROVIDER")),
                            outgoing ? Direction.OUTGOING : Direction.INCOMING,
                            Parties.of(numbers, address(rs.getObject("ZADDRESS")), rs.getString("ZNAME")),
                            PhoneTimes.appleSeconds(Rows.decimal(rs, "ZDATE")),
                            Math.round(Rows.decimal(rs, "ZDURATION")), rs.getInt("ZANSWERED") == 1, false));
                }
            }
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }

    /** ZADDRESS is a BLOB of UTF-8 text in most iOS versions, text in some. */
    private static String address(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }

    private static String service(String provider) {
        if (provider == null || provider.equals("com.apple.Telephony")) {
            return "Phone";
        }
        if (provider.equals("com.apple.FaceTime")) {
            return "FaceTime";
        }
        return provider;
    }
}
