package org.spoor.ingest.phone.whatsapp;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spoor.comms.Attachment;
import org.spoor.comms.Direction;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.ingest.phone.Parties;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.PhoneTimes;
import org.spoor.ingest.phone.Rows;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * {@code ZWAMESSAGE} rows with their media item. Columns that older or newer app versions lack are
 * read as NULL rather than refused, as iLEAPP does; {@code ZMESSAGETYPE} 5 is a shared location,
 * whose coordinates and place name sit in the media item.
 */
final class WhatsAppIosMessages {

    private static final int LOCATION = 5;
    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"), Map.entry("heic", "image/heic"),
            Map.entry("webp", "image/webp"), Map.entry("gif", "image/gif"), Map.entry("mp4", "video/mp4"),
            Map.entry("mov", "video/quicktime"), Map.entry("opus", "audio/ogg"), Map.entry("m4a", "audio/mp4"),
            Map.entry("mp3", "audio/mpeg"), Map.entry("pdf", "application/pdf"), Map.entry("vcf", "text/vcard"));
    /** ZMESSAGETYPE of media messages (IPED's decoding), for a file whose extension says nothing. */
    private static final Map<Integer, String> TYPE_FALLBACK = Map.of(1, "image/*", 2, "video/*", 3, "audio/*",
            11, "video/*", 15, "image/webp");

    private final SqliteEvidence db;
    private final PhoneParseContext context;
    private final PhoneRecordSink sink;
    private final WhatsAppIosChats chats;

    WhatsAppIosMessages(SqliteEvidence db, PhoneParseContext context, PhoneRecordSink sink, WhatsAppIosChats chats) {
        this.db = db;
        this.context = context;
        this.sink = sink;
        this.chats = chats;
    }

    void read(Set<String> messageColumns) throws SQLException {
        boolean media = db.hasTable("ZWAMEDIAITEM");
        Set<String> mediaColumns = media ? db.columns("ZWAMEDIAITEM") : Set.of();
        // The message names its media item on current versions; older ones only have the item's back-pointer.
        String join = !media ? "" : messageColumns.contains("zmediaitem")
                ? " LEFT JOIN ZWAMEDIAITEM i ON i.Z_PK = m.ZMEDIAITEM"
                : " LEFT JOIN ZWAMEDIAITEM i ON i.ZMESSAGE = m.Z_PK";
        String sql = "SELECT m.Z_PK, m.ZCHATSESSION, m.ZISFROMME, m.ZMESSAGEDATE"
                + column("m", "ZFROMJID", messageColumns) + column("m", "ZTOJID", messageColumns)
                + column("m", "ZTEXT", messageColumns) + column("m", "ZMESSAGETYPE", messageColumns)
                + column("m", "ZGROUPMEMBER", messageColumns)
                + (media ? ", i.Z_PK AS MEDIA_PK" : ", NULL AS MEDIA_PK")
                + column("i", "ZMEDIALOCALPATH", mediaColumns) + column("i", "ZLATITUDE", mediaColumns)
                + column("i", "ZLONGITUDE", mediaColumns) + column("i", "ZTITLE", mediaColumns)
                + column("i", "ZFILESIZE", mediaColumns) + column("i", "ZVCARDNAME", mediaColumns)
                + column("i", "ZVCARDSTRING", mediaColumns)
                + " FROM ZWAMESSAGE m" + join + " ORDER BY m.Z_PK";
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String chatJid = chats.chatJid(rs.getLong("ZCHATSESSION"));
                if (chatJid != null) {
                    emit(rs, chatJid);
                }
            }
        }
    }

    private void emit(ResultSet rs, String chatJid) throws SQLException {
        String locator = "ZWAMESSAGE:Z_PK=" + rs.getLong("Z_PK");
        boolean fromMe = rs.getInt("ZISFROMME") == 1;
        RecordedTime time = PhoneTimes.appleSeconds(Rows.decimal(rs, "ZMESSAGEDATE"));
        int type = (int) Rows.number(rs, "ZMESSAGETYPE");
        Party chat = Parties.of(context.numbers(), chatJid, chats.nameOf(chatJid));
        Party sender = fromMe ? null : sender(rs, chatJid);
        String title = rs.getString("ZTITLE");
        String text = body(rs, title);
        Attachment attachment = attachment(rs, type);
        sink.message(new Message(null, context.source(locator), WhatsAppMessages.chatKey(chatJid),
                WhatsAppMessages.SERVICE, fromMe ? Direction.OUTGOING : Direction.INCOMING, sender,
                fromMe && chat != null ? List.of(chat) : List.of(), time, text, null, false,
                attachment == null ? List.of() : List.of(attachment)));
        double latitude = Rows.decimal(rs, "ZLATITUDE");
        double longitude = Rows.decimal(rs, "ZLONGITUDE");
        if (type == LOCATION && (latitude != 0 || longitude != 0)) {
            sink.location(new Location(null, context.source(locator), latitude, longitude, time, null,
                    "WhatsApp shared location", title != null ? title : text));
        }
    }

    /** In a group the sender is the member row; in a one-to-one chat, the chat's JID. */
    private Party sender(ResultSet rs, String chatJid) throws SQLException {
        if (WhatsAppMessages.isGroup(chatJid)) {
            WhatsAppIosChats.Member member = chats.member(Rows.nullableNumber(rs, "ZGROUPMEMBER"));
            if (member != null) {
                return Parties.of(context.numbers(), member.jid(), member.name() != null ? member.name()
                        : chats.nameOf(member.jid()));
            }
            return null;
        }
        String from = rs.getString("ZFROMJID") != null ? rs.getString("ZFROMJID") : chatJid;
        return Parties.of(context.numbers(), from, chats.nameOf(from));
    }

    /**
     * The text; else the media item's title (a photo's caption, a location's place name, IPED's
     * reading of {@code ZTITLE}), else a shared contact's card.
     */
    private static String body(ResultSet rs, String title) throws SQLException {
        String text = rs.getString("ZTEXT");
        if (text != null) {
            return text;
        }
        if (title != null) {
            return title;
        }
        String card = rs.getString("ZVCARDSTRING");
        return card != null ? card : rs.getString("ZVCARDNAME");
    }

    private static Attachment attachment(ResultSet rs, int type) throws SQLException {
        String path = rs.getString("ZMEDIALOCALPATH");
        if (path == null || path.isBlank()) {
            return null;
        }
        String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String mediaType = MEDIA_TYPES.getOrDefault(extension, TYPE_FALLBACK.get(type));
        return new Attachment("ZWAMEDIAITEM:Z_PK=" + rs.getLong("MEDIA_PK"), name, mediaType,
                Rows.nullableNumber(rs, "ZFILESIZE"), path, null);
    }

    private static String column(String alias, String name, Set<String> present) {
        return present.contains(name.toLowerCase(Locale.ROOT)) ? ", " + alias + "." + name
                : ", NULL AS " + name;
    }
}
