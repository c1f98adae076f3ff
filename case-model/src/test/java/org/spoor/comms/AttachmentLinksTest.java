package org.spoor.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttachmentLinksTest {

    private CommsTestDatabase database;
    private long chatDatabase;
    private long photo;

    @BeforeEach
    void openCase() throws Exception {
        database = new CommsTestDatabase();
        chatDatabase = database.exhibit(7, "ChatStorage.sqlite");
        photo = database.exhibit(8, "IMG_1.jpg");
        database.db.execute("UPDATE exhibit SET import_id = 'import-1'");
        new MessageRepository(database.db).add(new Message(null, SourceRef.of(chatDatabase, "ZWAMESSAGE:Z_PK=1"),
                null, "WhatsApp", Direction.INCOMING, null, List.of(), null, "ảnh hàng", null, false, List.of(
                        new Attachment("ZWAMEDIAITEM:Z_PK=1", "IMG_1.jpg", "image/jpeg", 3L, "Media/a/IMG_1.jpg",
                                null).withSha256("ABCDEF"),
                        new Attachment("ZWAMEDIAITEM:Z_PK=2", "gone.jpg", "image/jpeg", 3L, "Media/a/gone.jpg",
                                null))));
    }

    @AfterEach
    void closeCase() throws Exception {
        database.close();
    }

    @Test
    void unlinkedAttachmentsOfAnImportAreListedWithTheExhibitOfTheirMessageAndTheReportsHash() {
        List<AttachmentLinks.Unlinked> pending = new AttachmentLinks(database.db).unlinkedInImport("import-1");

        assertThat(pending).extracting(AttachmentLinks.Unlinked::extractedPath)
                .containsExactly("Media/a/IMG_1.jpg", "Media/a/gone.jpg");
        assertThat(pending).allSatisfy(u -> assertThat(u.messageExhibitId()).isEqualTo(chatDatabase));
        assertThat(pending.get(0).sha256()).isEqualTo("abcdef");
        assertThat(new AttachmentLinks(database.db).unlinkedInImport("another import")).isEmpty();
    }

    @Test
    void aLinkedAttachmentPointsAtItsExhibitAndAnUnlinkedOneKeepsItsPathAndSaysWhy() {
        AttachmentLinks links = new AttachmentLinks(database.db);
        List<AttachmentLinks.Unlinked> pending = links.unlinkedInImport("import-1");

        links.record(List.of(AttachmentLinks.Outcome.linked(pending.get(0).attachmentId(), photo),
                AttachmentLinks.Outcome.unlinked(pending.get(1).attachmentId(), "no file of the dump at this path")));

        List<Attachment> stored = new MessageRepository(database.db).findByExhibit(chatDatabase).get(0).attachments();
        assertThat(stored.get(0).childExhibitId()).isEqualTo(photo);
        assertThat(stored.get(0).linkProblem()).isNull();
        assertThat(stored.get(1).childExhibitId()).isNull();
        assertThat(stored.get(1).extractedPath()).isEqualTo("Media/a/gone.jpg");
        assertThat(stored.get(1).linkProblem()).isEqualTo("no file of the dump at this path");
        assertThat(links.unlinkedInImport("import-1")).extracting(AttachmentLinks.Unlinked::fileName)
                .containsExactly("gone.jpg");
    }
}
