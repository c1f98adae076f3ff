package org.spoor.ingest.phone.whatsapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A WhatsApp for iOS {@code ChatStorage.sqlite} built from the Core Data schema that iLEAPP's
 * {@code whatsApp.py} and IPED's {@code ExtractorIOS} read: a one-to-one chat with a photo, a group
 * of two members with a shared location, and the status broadcast Spoor skips. The last message
 * lives only in the {@code -wal}, as on a phone seized while WhatsApp ran.
 */
public final class ChatStorageFixture {

    /** The photo's path as {@code ZMEDIALOCALPATH} stores it, relative to the app group's Message folder. */
    public static final String PHOTO_PATH = "Media/84912345678@s.whatsapp.net/4/f/4f1c2d9e-cân-hàng.jpg";
    public static final String GROUP_JID = "120363012345678901@g.us";

    private ChatStorageFixture() {
    }

    /** Writes {@code ChatStorage.sqlite} and its {@code -wal} into {@code folder}; returns the database. */
    public static Path write(Path folder, Path work) throws Exception {
        Files.createDirectories(folder);
        Files.createDirectories(work);
        Path db = work.resolve("ChatStorage.sqlite");
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA wal_autocheckpoint=0");
            schema(st);
            rows(st);
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            st.execute("INSERT INTO ZWAMESSAGE (Z_PK, Z_ENT, Z_OPT, ZCHATSESSION, ZISFROMME, ZFROMJID, ZTOJID, ZTEXT,"
                    + " ZMESSAGEDATE, ZMESSAGETYPE, ZMESSAGESTATUS) VALUES (7, 9, 1, 2, 1, NULL, '" + GROUP_JID
                    + "', 'đã nhận, mai giao', 752003600, 0, 8)");
            // Copy the store and its journal while the writer still holds them, as an extraction does.
            Files.copy(db, folder.resolve("ChatStorage.sqlite"));
            Files.copy(work.resolve("ChatStorage.sqlite-wal"), folder.resolve("ChatStorage.sqlite-wal"));
        }
        return folder.resolve("ChatStorage.sqlite");
    }

    private static void schema(Statement st) throws Exception {
        st.execute("CREATE TABLE ZWACHATSESSION (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                + " ZSESSIONTYPE INTEGER, ZARCHIVED INTEGER, ZUNREADCOUNT INTEGER, ZLASTMESSAGE INTEGER,"
                + " ZLASTMESSAGEDATE TIMESTAMP, ZCONTACTJID VARCHAR, ZPARTNERNAME VARCHAR, ZLASTMESSAGETEXT VARCHAR)");
        st.execute("CREATE TABLE ZWAGROUPMEMBER (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                + " ZISADMIN INTEGER, ZISACTIVE INTEGER, ZCHATSESSION INTEGER, ZCONTACTNAME VARCHAR,"
                + " ZFIRSTNAME VARCHAR, ZMEMBERJID VARCHAR)");
        st.execute("CREATE TABLE ZWAMEDIAITEM (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                + " ZFILESIZE INTEGER, ZMEDIAORIGIN INTEGER, ZMESSAGE INTEGER, ZLATITUDE FLOAT, ZLONGITUDE FLOAT,"
                + " ZMEDIAURLDATE TIMESTAMP, ZAUTHORNAME VARCHAR, ZCOLLECTIONNAME VARCHAR, ZMEDIALOCALPATH VARCHAR,"
                + " ZMEDIAURL VARCHAR, ZTITLE VARCHAR, ZVCARDNAME VARCHAR, ZVCARDSTRING VARCHAR,"
                + " ZXMPPTHUMBPATH VARCHAR, ZMETADATA BLOB)");
        st.execute("CREATE TABLE ZWAMESSAGE (Z_PK INTEGER PRIMARY KEY, Z_ENT INTEGER, Z_OPT INTEGER,"
                + " ZCHILDMESSAGESDELIVEREDCOUNT INTEGER, ZDOCID INTEGER, ZENCRETRYCOUNT INTEGER, ZFILTEREDRECIPIENTCOUNT"
                + " INTEGER, ZFLAGS INTEGER, ZGROUPEVENTTYPE INTEGER, ZISFROMME INTEGER, ZMESSAGEERRORSTATUS INTEGER,"
                + " ZMESSAGESTATUS INTEGER, ZMESSAGETYPE INTEGER, ZSORT INTEGER, ZSPOTLIGHTSTATUS INTEGER,"
                + " ZSTARRED INTEGER, ZCHATSESSION INTEGER, ZGROUPMEMBER INTEGER, ZLASTSESSION INTEGER,"
                + " ZMEDIAITEM INTEGER, ZMESSAGEINFO INTEGER, ZPARENTMESSAGE INTEGER, ZMESSAGEDATE TIMESTAMP,"
                + " ZSENTDATE TIMESTAMP, ZFROMJID VARCHAR, ZMEDIASECTIONID VARCHAR, ZPHASH VARCHAR, ZPUSHNAME VARCHAR,"
                + " ZSTANZAID VARCHAR, ZTEXT VARCHAR, ZTOJID VARCHAR)");
    }

    private static void rows(Statement st) throws Exception {
        st.execute("INSERT INTO ZWACHATSESSION (Z_PK, Z_ENT, Z_OPT, ZSESSIONTYPE, ZCONTACTJID, ZPARTNERNAME) VALUES"
                + " (1, 5, 1, 0, '84912345678@s.whatsapp.net', 'Anh Ba'),"
                + " (2, 5, 1, 1, '" + GROUP_JID + "', 'Hàng Cầu Treo'),"
                + " (3, 5, 1, 3, 'status@broadcast', 'Status')");
        st.execute("INSERT INTO ZWAGROUPMEMBER (Z_PK, Z_ENT, Z_OPT, ZCHATSESSION, ZCONTACTNAME, ZMEMBERJID) VALUES"
                + " (1, 4, 1, 2, 'Anh Ba', '84912345678@s.whatsapp.net'),"
                + " (2, 4, 1, 2, 'Somchai', '8562055551234@s.whatsapp.net')");
        st.execute("INSERT INTO ZWAMEDIAITEM (Z_PK, Z_ENT, Z_OPT, ZFILESIZE, ZMESSAGE, ZLATITUDE, ZLONGITUDE,"
                + " ZMEDIALOCALPATH, ZTITLE) VALUES"
                + " (1, 6, 1, 4, 3, 0, 0, '" + PHOTO_PATH + "', 'cân hàng 120 kg'),"
                + " (2, 6, 1, NULL, 5, 18.3856, 105.1236, NULL, 'Kho Cầu Treo')");
        st.execute("INSERT INTO ZWAMESSAGE (Z_PK, Z_ENT, Z_OPT, ZCHATSESSION, ZISFROMME, ZFROMJID, ZTOJID, ZTEXT,"
                + " ZMESSAGEDATE, ZMESSAGETYPE, ZMESSAGESTATUS, ZGROUPMEMBER, ZMEDIAITEM) VALUES"
                + " (1, 9, 1, 1, 0, '84912345678@s.whatsapp.net', NULL, 'hàng về Vinh tối nay', 752000000.25, 0, 6,"
                + " NULL, NULL),"
                + " (2, 9, 1, 1, 1, NULL, '84912345678@s.whatsapp.net', 'ok anh', 752000060, 0, 8, NULL, NULL),"
                + " (3, 9, 1, 1, 0, '84912345678@s.whatsapp.net', NULL, NULL, 752000120, 1, 6, NULL, 1),"
                + " (4, 9, 1, 2, 0, '" + GROUP_JID + "', NULL, 'xe qua cửa khẩu lúc 5h', 752001000, 0, 6, 2, NULL),"
                + " (5, 9, 1, 2, 0, '" + GROUP_JID + "', NULL, NULL, 752002000, 5, 6, 1, 2),"
                + " (6, 9, 1, 3, 0, 'status@broadcast', NULL, 'trạng thái', 752002500, 0, 6, NULL, NULL)");
    }
}
