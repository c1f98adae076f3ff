package org.spoor.app.bundle;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;

import org.spoor.casefile.CaseFile;
import org.spoor.comms.Attachment;
import org.spoor.comms.AttachmentLinks;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.exhibit.Exhibit;

/**
 * {@link BundleFixture}'s case with one more chat message on its phone, carrying three files as an
 * import leaves them: the seized photo (linked), the informant's withheld file (linked) and a voice
 * note the dump did not hold (unlinked, with the reason).
 */
public final class AttachedFilesFixture {

    public static final String TEXT = "ảnh cân hàng gửi anh";
    public static final String MISSING_REASON = "no file of this import at Media/PTT-0001.opus";

    /** The case and the exhibits the attachments point at. */
    public record Built(Path dir, Exhibit phone, Exhibit photo, Exhibit withheld) {
    }

    private AttachedFilesFixture() {
    }

    public static Built create(Path dir) throws Exception {
        BundleFixture.Built base = BundleFixture.create(dir);
        Exhibit phone = named(base.disclosed(), "msgstore.db");
        Exhibit photo = named(base.disclosed(), "IMG_0042.jpg");
        try (CaseFile c = CaseFile.open(dir, BundleFixture.PASSWORD.toCharArray(), BundleFixture.options())) {
            new MessageRepository(c.db()).add(new Message(null,
                    SourceRef.of(phone.id(), "message:_id=19"), "chat-1", "WhatsApp", Direction.INCOMING,
                    Party.of("+84912000111", "+84912000111", "Anh Tư"), List.of(),
                    RecordedTime.of(OffsetDateTime.parse("2026-03-12T20:30:00+07:00")), TEXT, null, false, List.of(
                            new Attachment("message_media:19", "IMG_0042.jpg", "image/jpeg", null,
                                    "Media/WhatsApp Images/IMG_0042.jpg", photo.id()),
                            new Attachment("message_media:20", "kem-theo.txt", "text/plain", null,
                                    "Media/kem-theo.txt", base.informantChild().id()),
                            new Attachment("message_media:21", "PTT-0001.opus", "audio/ogg", null,
                                    "Media/PTT-0001.opus", null))));
            AttachmentLinks links = new AttachmentLinks(c.db());
            long missing = links.unlinkedInImport("test-import").stream()
                    .filter(u -> u.fileName().equals("PTT-0001.opus")).findFirst().orElseThrow().attachmentId();
            links.record(List.of(AttachmentLinks.Outcome.unlinked(missing, MISSING_REASON)));
        }
        return new Built(dir, phone, photo, base.informantChild());
    }

    private static Exhibit named(List<Exhibit> exhibits, String name) {
        return exhibits.stream().filter(e -> e.originalName().equals(name)).findFirst().orElseThrow();
    }
}
