package org.spoor.ingest.phone.whatsapp;

import java.util.List;
import org.spoor.comms.Attachment;
import org.spoor.comms.Direction;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;

/** What both msgstore schemas share: turning one row's values into a message (and a shared location). */
final class WhatsAppMessages {

    static final String SERVICE = "WhatsApp";

    private WhatsAppMessages() {
    }

    static String chatKey(String chatJid) {
        return "chat:" + chatJid;
    }

    static boolean isGroup(String jid) {
        return jid != null && jid.endsWith("@g.us");
    }

    /**
     * @param senderJid the sender in a group (null in a one-to-one chat, where it is the chat's JID)
     */
    static void emit(PhoneParseContext context, PhoneRecordSink sink, WhatsAppContacts contacts, String locator,
            String chatJid, String senderJid, boolean fromMe, RecordedTime time, String text, int status,
            Attachment attachment, double latitude, double longitude) {
        emit(context, sink, contacts, locator, chatJid, senderJid, fromMe, time, text, status, attachment, latitude,
                longitude, null);
    }

    /** @param placeName the name WhatsApp shows with a shared location (its map pin), if the database keeps it */
    static void emit(PhoneParseContext context, PhoneRecordSink sink, WhatsAppContacts contacts, String locator,
            String chatJid, String senderJid, boolean fromMe, RecordedTime time, String text, int status,
            Attachment attachment, double latitude, double longitude, String placeName) {
        String otherJid = isGroup(chatJid) ? senderJid : chatJid;
        Party other = otherJid == null ? null : Parties.of(context.numbers(), otherJid, contacts.nameOf(otherJid));
        Party chat = Parties.of(context.numbers(), chatJid, contacts.nameOf(chatJid));
        sink.message(new Message(null, context.source(locator), chatKey(chatJid), SERVICE,
                fromMe ? Direction.OUTGOING : Direction.INCOMING, fromMe ? null : other,
                fromMe && chat != null ? List.of(chat) : List.of(), time, text, status(status), false,
                attachment == null ? List.of() : List.of(attachment)));
        if (latitude != 0 || longitude != 0) {
            sink.location(new Location(null, context.source(locator), latitude, longitude, time, null,
                    "WhatsApp shared location", text != null && !text.isBlank() ? text : placeName));
        }
    }

    /** {@code status} codes as documented by forensic references (e.g. ALEAPP's WhatsApp module). */
    private static String status(int code) {
        return switch (code) {
            case 0 -> "received";
            case 4 -> "sent to server";
            case 5 -> "delivered";
            case 6 -> "control message";
            case 13 -> "read";
            default -> null;
        };
    }
}
