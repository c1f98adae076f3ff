package org.spoor.ingest.phone.whatsapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * WhatsApp's {@code wa.db} beside {@code msgstore.db}: {@code wa_contacts} gives the names the
 * phone's owner saw for each JID. Read when the dump holds it; emitted as contacts, and used to
 * name message senders.
 */
final class WhatsAppContacts {

    private final Map<String, String> names = new HashMap<>();

    String nameOf(String jid) {
        return jid == null ? null : names.get(jid);
    }

    static WhatsAppContacts read(PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            java.io.IOException {
        WhatsAppContacts contacts = new WhatsAppContacts();
        Optional<java.nio.file.Path> waDb = context.companions().sibling("wa.db");
        if (waDb.isEmpty()) {
            return contacts;
        }
        PhoneParseContext companion = new PhoneParseContext(context.exhibitId(), context.defaultRegion(),
                org.spoor.ingest.phone.CompanionFiles.siblingsOf(waDb.get()), context.scratch());
        try (SqliteEvidence db = SqliteEvidence.open(waDb.get(), companion)) {
            if (!db.hasTable("wa_contacts")) {
                return contacts;
            }
            try (Statement st = db.connection().createStatement();
                    ResultSet rs = st.executeQuery("SELECT _id, jid, display_name, wa_name FROM wa_contacts")) {
                while (rs.next()) {
                    String jid = rs.getString("jid");
                    String name = rs.getString("display_name") != null ? rs.getString("display_name")
                            : rs.getString("wa_name");
                    if (jid == null) {
                        continue;
                    }
                    contacts.names.put(jid, name);
                    String number = context.numbers().fromJid(jid).map(NormalisedNumber::e164).orElse(null);
                    // Cited in msgstore.db's exhibit: the pipeline records wa.db as its companion.
                    sink.contact(new Contact(null, context.source("wa.db:wa_contacts:_id=" + rs.getLong("_id")),
                            "WhatsApp", name, List.of(new ContactIdentifier(ContactIdentifier.Kind.USER_ID, jid,
                                    number, null))));
                }
            }
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(waDb.get(), e);
        }
        return contacts;
    }
}
