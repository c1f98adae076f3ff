package org.spoor.ingest.phone.ios;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * iOS {@code AddressBook.sqlitedb}: {@code ABPerson} names and {@code ABMultiValue} values
 * (property 3 = phone, 4 = e-mail), labels from {@code ABMultiValueLabel}. The database runs in
 * WAL mode: recent edits live only in its {@code -wal}, which is applied from a scratch copy.
 */
public final class IosAddressBookParser implements PhoneArtifactParser {

    private static final int PHONE = 3;
    private static final int EMAIL = 4;

    @Override
    public String name() {
        return "ios-address-book";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        Set<String> tables = SqliteEvidence.tableNames(file);
        return tables.contains("abperson") && tables.contains("abmultivalue");
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            Map<Long, String> names = new LinkedHashMap<>();
            try (Statement st = db.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT ROWID, First, Last, Organization FROM ABPerson"
                            + " ORDER BY ROWID")) {
                while (rs.next()) {
                    names.put(rs.getLong("ROWID"), name(rs.getString("First"), rs.getString("Last"),
                            rs.getString("Organization")));
                }
            }
            Map<Long, List<ContactIdentifier>> values = new LinkedHashMap<>();
            String labels = db.hasTable("ABMultiValueLabel")
                    ? " LEFT JOIN ABMultiValueLabel l ON l.ROWID = v.label" : "";
            try (Statement st = db.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT v.record_id, v.property, v.value"
                            + (labels.isEmpty() ? ", NULL AS label_text" : ", l.value AS label_text")
                            + " FROM ABMultiValue v" + labels + " ORDER BY v.UID")) {
                while (rs.next()) {
                    String value = rs.getString("value");
                    int property = rs.getInt("property");
                    if (value == null || (property != PHONE && property != EMAIL)) {
                        continue;
                    }
                    String label = label(rs.getString("label_text"));
                    values.computeIfAbsent(rs.getLong("record_id"), k -> new ArrayList<>()).add(property == PHONE
                            ? new ContactIdentifier(ContactIdentifier.Kind.PHONE, value,
                                    context.numbers().normalise(value).e164(), label)
                            : new ContactIdentifier(ContactIdentifier.Kind.EMAIL, value,
                                    value.trim().toLowerCase(Locale.ROOT), label));
                }
            }
            for (Map.Entry<Long, String> person : names.entrySet()) {
                sink.contact(new Contact(null, context.source("ABPerson:ROWID=" + person.getKey()), "Phone",
                        person.getValue(), values.getOrDefault(person.getKey(), List.of())));
            }
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }

    private static String name(String first, String last, String organization) {
        String joined = String.join(" ", first == null ? "" : first, last == null ? "" : last).trim();
        return joined.isEmpty() ? organization : joined;
    }

    /** Labels are stored as {@code _$!<Mobile>!$_} for the built-in ones. */
    private static String label(String raw) {
        return raw == null ? null : raw.replace("_$!<", "").replace(">!$_", "");
    }
}
