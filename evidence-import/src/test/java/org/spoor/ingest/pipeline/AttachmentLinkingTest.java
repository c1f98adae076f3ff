package org.spoor.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.Attachment;
import org.spoor.comms.MessageRepository;
import org.spoor.exhibit.Exhibit;
import org.spoor.ingest.phone.whatsapp.ChatStorageFixture;
import org.spoor.testsupport.Corpus;

/** Attachments of an imported phone dump point at the exhibits holding their bytes, whatever order items land in. */
class AttachmentLinkingTest {

    private static final String IMAGE_IN_ZIP = "files/Image/IMG-20241103-WA0101.jpg";
    private static final String OPUS_IN_ZIP = "files/Audio/PTT-20241103-WA0102.opus";

    @TempDir
    Path temp;

    @Test
    void aUfdrsChatAttachmentPointsAtTheChildExhibitOfItsFileInTheZip() throws Exception {
        byte[] image = jpeg();
        Path ufdr = ufdr(image);
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportReport report = ImportFixtures.importInto(caseFile, ufdr);

            Exhibit dump = exhibitEndingWith(caseFile, "phone.ufdr");
            Exhibit photo = exhibitEndingWith(caseFile, "phone.ufdr!/" + IMAGE_IN_ZIP);
            Exhibit voice = exhibitEndingWith(caseFile, "phone.ufdr!/" + OPUS_IN_ZIP);
            assertThat(photo.parentId()).isEqualTo(dump.id());
            List<Attachment> attachments = attachmentsOf(caseFile, dump);
            assertThat(attachment(attachments, "IMG-20241103-WA0101.jpg").childExhibitId()).isEqualTo(photo.id());
            assertThat(attachment(attachments, "IMG-20241103-WA0101.jpg").sha256())
                    .isEqualTo(photo.sha256()).isEqualTo(sha256(image));
            assertThat(byPath(attachments, "files\\Audio\\PTT-20241103-WA0102.opus").childExhibitId())
                    .isEqualTo(voice.id());
            Attachment missing = attachment(attachments, "PTT-20241103-WA0104.opus");
            assertThat(missing.childExhibitId()).isNull();
            assertThat(missing.extractedPath()).isEqualTo("files\\Audio\\PTT-20241103-WA0104.opus");
            assertThat(missing.linkProblem()).contains("no file of this import", "files/Audio/PTT-20241103-WA0104.opus");
            assertThat(report.attachmentsLinked()).isGreaterThanOrEqualTo(2);
            assertThat(report.attachmentsUnlinked()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void anIosWhatsAppPhotoArrivingWhenAFolderImportIsResumedIsLinkedToItsExhibitNotToAFileOfTheSameName()
            throws Exception {
        Path extraction = temp.resolve("extraction");
        Path group = extraction.resolve("private/var/mobile/Containers/Shared/AppGroup/3F1A-WA");
        ChatStorageFixture.write(group, temp.resolve("work"));
        try (CaseFile caseFile = ImportFixtures.newCase(temp.resolve("c.spoor"))) {
            ImportReport first = ImportFixtures.importInto(caseFile, extraction);
            Exhibit chatStore = exhibitEndingWith(caseFile, "3F1A-WA/ChatStorage.sqlite");
            assertThat(first.attachmentsUnlinked()).isEqualTo(1);
            assertThat(attachmentsOf(caseFile, chatStore)).singleElement().satisfies(a -> {
                assertThat(a.childExhibitId()).isNull();
                assertThat(a.extractedPath()).isEqualTo(ChatStorageFixture.PHOTO_PATH);
                assertThat(a.linkProblem()).startsWith("no file of this import");
            });

            // The rest of the extraction lands; the same command resumes the import.
            Path photoFile = group.resolve("Message").resolve(ChatStorageFixture.PHOTO_PATH);
            Files.createDirectories(photoFile.getParent());
            Files.write(photoFile, jpeg());
            Path decoy = Files.createDirectories(extraction.resolve("private/var/mobile/Documents"))
                    .resolve(photoFile.getFileName().toString());
            Files.writeString(decoy, "another file with the same name");
            ImportReport resumed = ImportFixtures.importInto(caseFile, extraction);

            Exhibit photo = exhibitEndingWith(caseFile, "Message/" + ChatStorageFixture.PHOTO_PATH);
            assertThat(resumed.attachmentsLinked()).isEqualTo(1);
            assertThat(resumed.attachmentsUnlinked()).isZero();
            assertThat(new AttachmentLinker(caseFile.db()).link(first.importId()))
                    .isEqualTo(new AttachmentLinker.Result(0, 0));
            assertThat(attachmentsOf(caseFile, chatStore)).singleElement().satisfies(a -> {
                assertThat(a.childExhibitId()).isEqualTo(photo.id());
                assertThat(a.linkProblem()).isNull();
            });
        }
    }

    private Path ufdr(byte[] image) throws Exception {
        String chat = Files.readString(Corpus.phone("iped__ufed-model-chat.xml"), StandardCharsets.UTF_8)
                .replace("PTT-20241103-WA0101.opus", "IMG-20241103-WA0101.jpg")
                .replaceFirst("audio/ogg; codecs=opus", "image/jpeg")
                // This attachment is found through the tagged file its file_id names, as in most reports.
                .replaceFirst("<field name=\"attachment_extracted_path\" type=\"String\">\\s*<value type=\"String\">"
                        + "<!\\[CDATA\\[files\\\\Audio\\\\IMG-20241103-WA0101.jpg]]></value>\\s*</field>", "");
        String report = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<project xmlns=\"http://pa.cellebrite.com/report/2.0\" id=\"p\">"
                + "<taggedFiles><file id=\"d70bf66b-49b6-4185-b2cd-1db458e19267\">"
                + "<metadata section=\"File\"><item name=\"Local Path\">files\\Image\\IMG-20241103-WA0101.jpg</item>"
                + "<item name=\"SHA256\">" + sha256(image).toUpperCase() + "</item></metadata></file></taggedFiles>"
                + "<decodedData><modelType type=\"Chat\">" + chat + "</modelType></decodedData></project>";
        Path ufdr = temp.resolve("phone.ufdr");
        try (OutputStream out = Files.newOutputStream(ufdr); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("report.xml"));
            zip.write(report.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(IMAGE_IN_ZIP));
            zip.write(image);
            zip.putNextEntry(new ZipEntry(OPUS_IN_ZIP));
            zip.write("OggS voice note".getBytes(StandardCharsets.US_ASCII));
        }
        return ufdr;
    }

    private static byte[] jpeg() throws Exception {
        BufferedImage picture = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(3, 3, 0x8B4513);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static Exhibit exhibitEndingWith(CaseFile caseFile, String suffix) {
        return caseFile.exhibits().all().stream()
                .filter(e -> e.originalPath().replace('\\', '/').endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no exhibit at " + suffix));
    }

    private static List<Attachment> attachmentsOf(CaseFile caseFile, Exhibit exhibit) {
        return new MessageRepository(caseFile.db()).findByExhibit(exhibit.id()).stream()
                .flatMap(m -> m.attachments().stream()).toList();
    }

    private static Attachment byPath(List<Attachment> attachments, String path) {
        return attachments.stream().filter(a -> path.equals(a.extractedPath())).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment at " + path));
    }

    private static Attachment attachment(List<Attachment> attachments, String fileName) {
        return attachments.stream().filter(a -> fileName.equals(a.fileName())).findFirst()
                .orElseThrow(() -> new AssertionError("no attachment " + fileName + " in " + attachments.stream()
                        .map(Attachment::fileName).toList()));
    }
}
