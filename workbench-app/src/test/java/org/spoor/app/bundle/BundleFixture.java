package org.spoor.app.bundle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.imageio.ImageIO;

import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.comms.Call;
import org.spoor.comms.CallRepository;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.entity.EntityMention;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntityType;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.disclosure.ExhibitDisclosure;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;

/**
 * A small real case (encrypted, fast KDF) with what a bundle shows: a Vietnamese seizure record, a
 * photo with its GPS position, a phone with a chat and calls, and an informant's note (with a file
 * found inside it) marked INFORMANT, whose distinctive words must never reach a bundle or pack.
 */
public final class BundleFixture {

    public static final String PASSWORD = "a long test passphrase";
    public static final String VIETNAMESE = "Biên bản thu giữ 120 kg vảy tê tê tại cửa khẩu Cầu Treo";
    public static final String INFORMANT_TEXT = "XYZZY-INFORMANT-7731 Người cung cấp tin: Trần Bí Mật";
    public static final String INFORMANT_CHILD_TEXT = "CHILD-SECRET-4410 ghi chú kèm theo";
    public static final String INFORMANT_PHONE = "+84912999888";
    public static final String CHAT_TEXT = "Hàng đã tới Vinh, 3 bao vảy";
    /** Where the informant's note says the meeting was: must never be plotted. */
    public static final double INFORMANT_LAT = 10.7769;
    public static final double INFORMANT_LON = 106.7009;
    public static final Instant SEIZED = Instant.parse("2026-03-13T22:40:00Z");

    /** What the fixture registered: disclosed exhibits first, then the informant note and its child. */
    public record Built(Path dir, List<Exhibit> disclosed, Exhibit informant, Exhibit informantChild) {
    }

    private BundleFixture() {
    }

    public static CaseOptions options() {
        return new CaseOptions(Clock.fixed(Instant.parse("2026-03-14T05:40:00Z"), ZoneOffset.UTC), "tester",
                () -> KdfParameters.argon2id(8 * 1024, 1, 1), 2);
    }

    public static Built create(Path dir) throws Exception {
        try (CaseFile c = CaseFile.create(dir, CaseDetails.draft("Operation Vảy", "VN", "Nguyễn Thị Lan",
                "Cảnh sát môi trường Hà Tĩnh"), PASSWORD.toCharArray(), options())) {
            ExhibitContentRepository contents = new ExhibitContentRepository(c.db());
            EntityRepository entities = new EntityRepository(c.db());
            Exhibit record = register(c, null, "bien-ban.txt", "text/plain", VIETNAMESE.getBytes(StandardCharsets.UTF_8));
            contents.save(text(record.id(), VIETNAMESE));
            entities.record(EntityMention.inText(EntityType.SPECIES, "Manis javanica", "tê tê (Manis javanica)",
                    "tê tê", 27, 32), record.id(), "text", VIETNAMESE);
            entities.record(EntityMention.inText(EntityType.PERSON, "nguyen van a", "Nguyễn Văn A", "Nguyễn Văn A",
                    0, 12), record.id(), "text", VIETNAMESE);

            Exhibit photo = register(c, null, "IMG_0042.jpg", "image/jpeg", jpeg());
            contents.save(new ExhibitContent(photo.id(), null, null, false, null, null, null, 18.396, 105.154,
                    Instant.parse("2026-03-13T21:05:00Z"), "+07:00", "Samsung SM-A515F"));

            Exhibit phone = register(c, null, "msgstore.db", "application/x-sqlite3", "sqlite".getBytes());
            contents.save(text(phone.id(), ""));
            MessageRepository messages = new MessageRepository(c.db());
            messages.add(new Message(null, SourceRef.of(phone.id(), "message:_id=17"), "chat-1", "WhatsApp",
                    Direction.INCOMING, Party.of("+84912000111", "+84912000111", "Anh Tư"), List.of(),
                    RecordedTime.of(OffsetDateTime.parse("2026-03-12T20:15:00+07:00")), CHAT_TEXT, null, false,
                    List.of()));
            messages.add(new Message(null, SourceRef.of(phone.id(), "message:_id=18"), "chat-1", "WhatsApp",
                    Direction.OUTGOING, null, List.of(Party.of("+84912000111", "+84912000111", null)),
                    RecordedTime.utc(Instant.parse("2026-03-12T13:20:00Z")), "Ok, chờ ở bến xe", null, false,
                    List.of()));
            new CallRepository(c.db()).add(new Call(null, SourceRef.of(phone.id(), "calls:_id=5"), "phone",
                    Direction.OUTGOING, Party.of("0912000111", "+84912000111", "Anh Tư"),
                    RecordedTime.utc(Instant.parse("2026-03-12T14:00:00Z")), 133L, true, false));
            entities.record(EntityMention.inText(EntityType.PHONE, "+84912000111", "+84 912 000 111",
                    "+84912000111", -1, -1), phone.id(), "message:_id=17", null);

            Exhibit informant = register(c, null, "nguon-tin.txt", "text/plain",
                    INFORMANT_TEXT.getBytes(StandardCharsets.UTF_8));
            contents.save(new ExhibitContent(informant.id(), INFORMANT_TEXT, "vi", false, null, null, null,
                    INFORMANT_LAT, INFORMANT_LON, null, null, null));
            entities.record(EntityMention.inText(EntityType.PHONE, INFORMANT_PHONE, INFORMANT_PHONE,
                    INFORMANT_PHONE, 5, 17), informant.id(), "text", INFORMANT_TEXT);
            Exhibit child = register(c, informant.id(), "kem-theo.txt", "text/plain",
                    INFORMANT_CHILD_TEXT.getBytes(StandardCharsets.UTF_8));
            contents.save(text(child.id(), INFORMANT_CHILD_TEXT));
            informant = ExhibitDisclosure.mark(c, informant.id(), Disclosure.INFORMANT, "identifies the source");
            child = c.exhibits().byId(child.id()).orElseThrow();
            return new Built(dir, List.of(record, photo, phone), informant, child);
        }
    }

    private static ExhibitContent text(long id, String text) {
        return new ExhibitContent(id, text, "vi", false, null, null, null, null, null, null, null, null);
    }

    private static Exhibit register(CaseFile c, Long parent, String name, String type, byte[] bytes)
            throws IOException {
        StoredBlob blob = c.blobs().store(new ByteArrayInputStream(bytes));
        return c.registry().register(c.actor(), new NewExhibit(parent, "test-import", name, "seized/" + name,
                blob.size(), blob.sha256(), blob.md5(), blob.blobId(), type,
                new SeizureFacts("Cửa khẩu Cầu Treo", SEIZED, "HT-0042", "Đại úy Lê Văn Hùng"), null), "test");
    }

    static byte[] jpeg() throws IOException {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 90, 60));
        g.fillRect(0, 0, 320, 240);
        g.setColor(Color.WHITE);
        g.fillOval(100, 60, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
