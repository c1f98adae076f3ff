package org.spoor.app.demo.phones;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLStreamException;

/**
 * Hùng's iPhone as a Cellebrite UFDR: the device owner (MSISDN, IMEI), his WhatsApp chats with the
 * Hải Phòng buyer and the Indonesian consignee named in the shipping manifest, a photo he received,
 * the calls with the driver that morning and where the phone was at the Vinh warehouse.
 */
final class HungUfdr {

    static final String FILE_NAME = "dien-thoai-hung.ufdr";

    private static final String HUNG = "+84912345678";
    private static final String BINH = "+84983111222";
    private static final String MAI = "+84904777888";
    private static final String BUDI = "+6281234567890";
    private static final String PHOTO_ID = "f0000001-training";
    private static final String PHOTO_LOCAL = "files/Image/IMG_0417.JPG";

    private HungUfdr() {
    }

    static void write(Path zipFile) throws IOException {
        byte[] photo = TrainingPhoto.jpeg("TGHU 881234-5 - Tanjung Priok", new Color(0x2b4a6f));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(zipFile))) {
            zip.putNextEntry(new ZipEntry("report.xml"));
            zip.write(report(photo));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(PHOTO_LOCAL));
            zip.write(photo);
            zip.closeEntry();
        }
    }

    private static byte[] report(byte[] photo) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            UfedReportXml r = UfedReportXml.start(out, "NA-2026-0315-02 iPhone (training)");
            r.deviceInfo("Device Name", "iPhone của Hùng", "Model", "iPhone 12 (A2403)",
                    "MSISDN", HUNG, "IMEI", "353912110734562", "Time Zone", "Asia/Ho_Chi_Minh");
            r.startTaggedFiles();
            r.taggedFile(PHOTO_ID, "/private/var/mobile/Containers/Shared/AppGroup/WhatsApp/Message/Media/"
                    + "6281234567890@s.whatsapp.net/a/b/IMG_0417.JPG", PHOTO_LOCAL, sha256(photo));
            r.endElement();
            r.startDecodedData();
            chats(r);
            calls(r);
            contacts(r);
            location(r);
            r.endElement();
            r.finish();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the training UFDR report: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void chats(UfedReportXml r) throws XMLStreamException {
        r.startModelType("Chat");
        chat(r, MAI, "Chị Mai Hải Phòng", new String[][] {
            {"out", "2026-03-12T21:20:00+07:00", "Hàng về Vinh sáng 14, chiều 15 chuyển xuống Hải Phòng."},
            {"in", "2026-03-12T21:25:00+07:00", "Khách Trung Quốc lấy hết 120 kg vảy tê tê, trả 5000 USD trước."},
            {"in", "2026-03-14T07:10:00+07:00", "Nghe nói xe bị giữ ở Cầu Treo?"},
            {"out", "2026-03-14T07:12:00+07:00", "Im lặng. Xoá hết tin nhắn đi."},
        }, false);
        chat(r, BUDI, "Pak Budi", new String[][] {
            {"in", "2026-03-10T15:02:00+07:00", "Kontainer TGHU 881234-5 berangkat dari Tanjung Priok tanggal 18,"
                    + " sisik trenggiling 340 kg dan cula badak 2 buah."},
            {"out", "2026-03-10T15:30:00+07:00", "Ok, nhận ở cảng Hải Phòng. Gửi ảnh container."},
            {"in", "2026-03-10T16:04:00+07:00", "Ini fotonya."},
        }, true);
        r.endElement();
    }

    private static void chat(UfedReportXml r, String other, String otherName, String[][] messages,
                             boolean photoOnLast) throws XMLStreamException {
        r.startModel("Chat");
        r.text("Source", "WhatsApp");
        r.text("Id", other.substring(1) + "@s.whatsapp.net");
        r.text("Name", otherName);
        r.startModelField("Participants", "Party", true);
        r.party(HUNG.substring(1) + "@s.whatsapp.net", "Hùng", true);
        r.party(other.substring(1) + "@s.whatsapp.net", otherName, false);
        r.endElement();
        r.startModelField("Messages", "InstantMessage", true);
        for (int i = 0; i < messages.length; i++) {
            boolean outgoing = messages[i][0].equals("out");
            r.startModel("InstantMessage");
            r.text("Source", "WhatsApp");
            r.field("TimeStamp", "TimeStamp", messages[i][1]);
            r.text("Body", messages[i][2]);
            r.text("Status", outgoing ? "Sent" : "Read");
            r.startModelField("From", "Party", false);
            r.party((outgoing ? HUNG : other).substring(1) + "@s.whatsapp.net", outgoing ? "Hùng" : otherName,
                    outgoing);
            r.endElement();
            r.startModelField("To", "Party", true);
            r.party((outgoing ? other : HUNG).substring(1) + "@s.whatsapp.net", outgoing ? otherName : "Hùng",
                    !outgoing);
            r.endElement();
            if (photoOnLast && i == messages.length - 1) {
                r.startModelField("Attachments", "Attachment", true);
                r.attachment(PHOTO_ID, "IMG_0417.JPG", "image/jpeg", PHOTO_LOCAL);
                r.endElement();
            }
            r.endElement();
        }
        r.endElement();
        r.endElement();
    }

    private static void calls(UfedReportXml r) throws XMLStreamException {
        r.startModelType("Call");
        call(r, "Missed", "2026-03-14T05:25:00+07:00", "00:00:00", BINH, "Bình lái xe");
        call(r, "Outgoing", "2026-03-14T05:31:00+07:00", "00:00:42", BINH, "Bình lái xe");
        call(r, "Outgoing", "2026-03-14T07:05:00+07:00", "00:03:10", MAI, "Chị Mai Hải Phòng");
        r.endElement();
    }

    private static void call(UfedReportXml r, String type, String time, String duration, String other, String name)
            throws XMLStreamException {
        r.startModel("Call");
        r.text("Source", "Phone");
        r.text("Type", type);
        r.field("TimeStamp", "TimeStamp", time);
        r.field("Duration", "TimeSpan", duration);
        r.startModelField("Parties", "Party", true);
        r.party(other, name, false);
        r.party(HUNG, "Hùng", true);
        r.endElement();
        r.endElement();
    }

    private static void contacts(UfedReportXml r) throws XMLStreamException {
        r.startModelType("Contact");
        contact(r, "Bình lái xe 38C", "0983 111 222");
        contact(r, "Chị Mai Hải Phòng", "0904 777 888");
        contact(r, "Pak Budi (Jakarta)", "+62 812-3456-7890");
        r.endElement();
    }

    private static void contact(UfedReportXml r, String name, String number) throws XMLStreamException {
        r.startModel("Contact");
        r.text("Source", "Phone");
        r.text("Name", name);
        r.startModelField("Entries", "ContactEntry", true);
        r.startModel("PhoneNumber");
        r.text("Category", "Mobile");
        r.text("Value", number);
        r.endElement();
        r.endElement();
        r.endElement();
    }

    private static void location(UfedReportXml r) throws XMLStreamException {
        r.startModelType("Location");
        r.startModel("Location");
        r.text("Source", "Apple Maps");
        r.text("Name", "Kho hàng gần ga Vinh");
        r.field("TimeStamp", "TimeStamp", "2026-03-15T06:10:00+07:00");
        r.field("Precision", "Double", "12");
        r.startModelField("Position", "Coordinate", false);
        r.startModel("Coordinate");
        r.field("Latitude", "Double", "18.6796");
        r.field("Longitude", "Double", "105.6813");
        r.endElement();
        r.endElement();
        r.endElement();
        r.endElement();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
