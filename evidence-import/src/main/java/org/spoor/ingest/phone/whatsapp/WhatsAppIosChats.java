package org.spoor.ingest.phone.whatsapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Conversation;
import org.spoor.comms.Party;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * The chats of {@code ChatStorage.sqlite} and the people in them. A one-to-one chat's
 * {@code ZPARTNERNAME} is the name the owner saw for that JID; a group's is its subject, and its
 * members come from {@code ZWAGROUPMEMBER} with their own {@code ZCONTACTNAME}. Each named JID is
 * also given as a WhatsApp contact, so names resolve across the phone's sources.
 */
final class WhatsAppIosChats {

    /** A group member row, the sender of group messages that point at it. */
    record Member(String jid, String name) {
    }

    private final Map<Long, String> jidBySession = new HashMap<>();
    private final Map<String, String> nameByJid = new HashMap<>();
    private final Map<Long, Member> members = new HashMap<>();

    String chatJid(long session) {
        return jidBySession.get(session);
    }

    String nameOf(String jid) {
        return jid == null ? null : nameByJid.get(jid);
    }

    Member member(Long memberPk) {
        return memberPk == null ? null : members.get(memberPk);
    }

    static WhatsAppIosChats read(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink)
            throws SQLException {
        WhatsAppIosChats chats = new WhatsAppIosChats();
        Map<Long, List<Party>> participants = chats.readMembers(db, context, sink);
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT Z_PK, ZCONTACTJID, ZPARTNERNAME FROM ZWACHATSESSION"
                        + " ORDER BY Z_PK")) {
            Set<String> contactsGiven = new HashSet<>();
            while (rs.next()) {
                long pk = rs.getLong("Z_PK");
                String jid = rs.getString("ZCONTACTJID");
                if (jid == null || jid.endsWith("@status") || jid.endsWith("@broadcast")) {
                    continue;
                }
                String title = rs.getString("ZPARTNERNAME");
                chats.jidBySession.put(pk, jid);
                boolean group = WhatsAppMessages.isGroup(jid);
                if (!group && title != null) {
                    chats.nameByJid.put(jid, title);
                    if (contactsGiven.add(jid)) {
                        contact(context, sink, "ZWACHATSESSION:Z_PK=" + pk, jid, title);
                    }
                }
                Party party = Parties.of(context.numbers(), jid, title);
                sink.conversation(new Conversation(null, context.source("ZWACHATSESSION:Z_PK=" + pk),
                        WhatsAppMessages.chatKey(jid), WhatsAppMessages.SERVICE, title,
                        group ? participants.getOrDefault(pk, List.of()) : party == null ? List.of() : List.of(party)));
            }
        }
        return chats;
    }

    private Map<Long, List<Party>> readMembers(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink)
            throws SQLException {
        Map<Long, List<Party>> bySession = new HashMap<>();
        if (!db.hasTable("ZWAGROUPMEMBER")) {
            return bySession;
        }
        boolean named = db.columns("ZWAGROUPMEMBER").contains("zcontactname");
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT Z_PK, ZCHATSESSION, ZMEMBERJID, "
                        + (named ? "ZCONTACTNAME" : "NULL AS ZCONTACTNAME") + " FROM ZWAGROUPMEMBER ORDER BY Z_PK")) {
            while (rs.next()) {
                String jid = rs.getString("ZMEMBERJID");
                String name = rs.getString("ZCONTACTNAME");
                long pk = rs.getLong("Z_PK");
                members.put(pk, new Member(jid, name));
                Party party = Parties.of(context.numbers(), jid, name);
                if (party != null) {
                    bySession.computeIfAbsent(rs.getLong("ZCHATSESSION"), k -> new ArrayList<>()).add(party);
                }
                if (jid != null && name != null && nameByJid.putIfAbsent(jid, name) == null) {
                    contact(context, sink, "ZWAGROUPMEMBER:Z_PK=" + pk, jid, name);
                }
            }
        }
        return bySession;
    }

    private static void contact(PhoneParseContext context, PhoneRecordSink sink, String locator, String jid,
            String name) {
        String number = context.numbers().fromJid(jid).map(NormalisedNumber::e164).orElse(null);
        sink.contact(new Contact(null, context.source(locator), WhatsAppMessages.SERVICE, name,
                List.of(new ContactIdentifier(ContactIdentifier.Kind.USER_ID, jid, number, null))));
    }
}
