package org.spoor.ingest.phone.android;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * Android's contacts provider {@code contacts2.db} (address book in {@code data} typed by
 * {@code mimetypes}, per AOSP {@code ContactsDatabaseHelper}) and the call log, which Android keeps
 * in {@code contacts2.db} up to 6 and in {@code calllog.db} from 7 on (same {@code calls} table).
 */
public final class AndroidContactsParser implements PhoneArtifactParser {

    private static final String NAME = "vnd.android.cursor.item/name";
    private static final String PHONE = "vnd.android.cursor.item/phone_v2";
    private static final String EMAIL = "vnd.android.cursor.item/email_v2";

    @Override
    public String name() {
        return "android-contacts-calls";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        Set<String> tables = SqliteEvidence.tableNames(file);
        boolean addressBook = tables.contains("data") && tables.contains("mimetypes");
        boolean callLog = tables.contains("calls") && !tables.contains("sms");
        return addressBook || callLog;
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            if (db.hasTable("data") && db.hasTable("mimetypes")) {
                contacts(db, context, sink);
            }
            if (db.hasTable("calls")) {
                new AndroidCallLogReader(db, context, sink).read();
            }
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }

    private static void contacts(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink)
            throws SQLException {
        String sql = "SELECT d._id, d.raw_contact_id, m.mimetype, d.data1, d.data2, d.data3 FROM data d"
                + " JOIN mimetypes m ON m._id = d.mimetype_id"
                + " WHERE m.mimetype IN ('" + NAME + "', '" + PHONE + "', '" + EMAIL + "')"
                + " ORDER BY d.raw_contact_id, d._id";
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, List<ContactIdentifier>> identifiers = new LinkedHashMap<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long contact = rs.getLong("raw_contact_id");
                String value = rs.getString("data1");
                identifiers.computeIfAbsent(contact, k -> new ArrayList<>());
                if (value == null) {
                    continue;
                }
                switch (rs.getString("mimetype")) {
                    case NAME -> names.put(contact, value);
                    case PHONE -> {
                        NormalisedNumber n = context.numbers().normalise(value);
                        identifiers.get(contact).add(new ContactIdentifier(ContactIdentifier.Kind.PHONE, value,
                                n.e164(), phoneLabel(rs.getString("data2"), rs.getString("data3"))));
                    }
                    default -> identifiers.get(contact).add(new ContactIdentifier(ContactIdentifier.Kind.EMAIL,
                            value, value.trim().toLowerCase(java.util.Locale.ROOT), rs.getString("data3")));
                }
            }
        }
        for (Map.Entry<Long, List<ContactIdentifier>> e : identifiers.entrySet()) {
            sink.contact(new Contact(null, context.source("data:raw_contact_id=" + e.getKey()), "Phone",
                    names.get(e.getKey()), e.getValue()));
        }
    }

    /** {@code Phone.TYPE} codes of Android's {@code ContactsContract.CommonDataKinds.Phone}. */
    private static String phoneLabel(String type, String custom) {
        if (custom != null) {
            return custom;
        }
        return switch (type == null ? "" : type) {
            case "1" -> "home";
            case "2" -> "mobile";
            case "3" -> "work";
            default -> null;
        };
    }
}
