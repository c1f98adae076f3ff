package org.spoor.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.bundle.AttachedFilesFixture;

class CommsAttachmentsCommandTest {

    @TempDir
    Path temp;

    @Test
    void commsJsonGivesEachAttachmentTheExhibitHoldingItsFileOrWhyThereIsNone() throws Exception {
        AttachedFilesFixture.Built built = AttachedFilesFixture.create(temp.resolve("case"));
        CliRun cli = new CliRun();

        assertThat(cli.run("comms", built.dir().toString(), "--json")).as(cli.err).isZero();

        JsonNode doc = new ObjectMapper().readTree(cli.out);
        JsonNode message = null;
        for (JsonNode m : doc.path("messages")) {
            if (AttachedFilesFixture.TEXT.equals(m.path("body").asText())) {
                message = m;
            }
        }
        assertThat(message).isNotNull();
        JsonNode photo = message.path("attachments").get(0);
        assertThat(photo.path("fileName").asText()).isEqualTo("IMG_0042.jpg");
        assertThat(photo.path("exhibitRef").asText()).isEqualTo(built.photo().ref());
        assertThat(photo.path("exhibitId").asLong()).isEqualTo(built.photo().id());
        assertThat(photo.path("unlinkedBecause").isNull()).isTrue();
        JsonNode missing = message.path("attachments").get(2);
        assertThat(missing.path("exhibitRef").isNull()).isTrue();
        assertThat(missing.path("path").asText()).isEqualTo("Media/PTT-0001.opus");
        assertThat(missing.path("unlinkedBecause").asText()).isEqualTo(AttachedFilesFixture.MISSING_REASON);
    }
}
