package org.spoor.app.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.CallRepository;
import org.spoor.comms.ConversationRepository;
import org.spoor.comms.MessageRepository;
import org.spoor.reports.bundle.model.MessageLine;
import org.spoor.reports.bundle.model.MessageThread;

class AttachmentCitationTest {

    @TempDir
    Path temp;

    @Test
    void aTranscriptCitesTheExhibitHoldingAnAttachmentButNeverAWithheldOneAndSaysWhenTheFileIsMissing()
            throws Exception {
        AttachedFilesFixture.Built built = AttachedFilesFixture.create(temp.resolve("case"));
        String text;
        try (CaseFile c = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(), BundleFixture.options())) {
            DisclosureScope scope = new DisclosureScope(c.exhibits().all());
            MessageThread thread = (MessageThread) new PhoneTranscripts(new MessageRepository(c.db()),
                    new ConversationRepository(c.db()), new CallRepository(c.db()),
                    new LocalTimes(ZoneId.of("Asia/Ho_Chi_Minh")), scope::refOf)
                    .of(built.phone().id(), built.phone().ref());
            text = thread.lines().stream().map(MessageLine::text).filter(t -> t.startsWith(AttachedFilesFixture.TEXT))
                    .findFirst().orElseThrow();
        }

        assertThat(text).contains("[3 attachment(s): IMG_0042.jpg, exhibit " + built.photo().ref() + ", ");
        assertThat(text).contains("kem-theo.txt, ").doesNotContain(built.withheld().ref());
        assertThat(text).contains("PTT-0001.opus, file not among the exhibits]");
    }
}
