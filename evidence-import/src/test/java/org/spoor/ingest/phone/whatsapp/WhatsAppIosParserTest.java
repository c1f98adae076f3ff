package org.spoor.ingest.phone.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.Attachment;
import org.spoor.comms.Conversation;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.ingest.phone.CompanionFiles;
import org.spoor.ingest.phone.InMemoryPhoneRecordSink;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.android.AndroidSmsParser;

class WhatsAppIosParserTest {

    @TempDir
    Path folder;

    private final WhatsAppIosParser parser = new WhatsAppIosParser();

    private Path seized() throws Exception {
        return ChatStorageFixture.write(folder.resolve("seized"), folder.resolve("work"));
    }

    private InMemoryPhoneRecordSink parse(Path db) throws Exception {
        Path scratch = Files.createDirectories(folder.resolve("scratch"));
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();
        parser.parse(db, new PhoneParseContext(4, "VN", CompanionFiles.siblingsOf(db), scratch), sink);
        return sink;
    }

    private static Message byText(InMemoryPhoneRecordSink sink, String text) {
        return sink.messages().stream().filter(m -> text.equals(m.body())).findFirst().orElseThrow();
    }

    @Test
    void theChatStoreIsRecognisedByItsCoreDataTablesAndNoOtherParserClaimsIt() throws Exception {
        Path db = seized();

        assertThat(parser.accepts(db, null)).isTrue();
        assertThat(new WhatsAppAndroidParser().accepts(db, null)).isFalse();
        assertThat(new AndroidSmsParser().accepts(db, null)).isFalse();
    }

    @Test
    void messagesHaveDirectionUtcTimeFromTheCoreDataEpochAndNumbersFromJids() throws Exception {
        InMemoryPhoneRecordSink sink = parse(seized());

        Message incoming = byText(sink, "hàng về Vinh tối nay");
        assertThat(incoming.direction()).isEqualTo(Direction.INCOMING);
        assertThat(incoming.sentAt().instant()).isEqualTo(Instant.parse("2024-10-30T16:53:20.250Z"));
        assertThat(incoming.sender().normalised()).isEqualTo("+84912345678");
        assertThat(incoming.sender().displayName()).isEqualTo("Anh Ba");
        assertThat(incoming.source().locator()).isEqualTo("ZWAMESSAGE:Z_PK=1");
        Message outgoing = byText(sink, "ok anh");
        assertThat(outgoing.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(outgoing.sender()).isNull();
        assertThat(outgoing.recipients()).extracting(Party::normalised).containsExactly("+84912345678");
        assertThat(sink.messages()).extracting(Message::body).doesNotContain("trạng thái");
    }

    @Test
    void aGroupChatHasItsMembersAndEachMessageItsSender() throws Exception {
        InMemoryPhoneRecordSink sink = parse(seized());

        Conversation group = sink.conversations().stream()
                .filter(c -> c.key().equals("chat:" + ChatStorageFixture.GROUP_JID)).findFirst().orElseThrow();
        assertThat(group.title()).isEqualTo("Hàng Cầu Treo");
        assertThat(group.participants()).extracting(Party::normalised, Party::displayName).containsExactly(
                org.assertj.core.groups.Tuple.tuple("+84912345678", "Anh Ba"),
                org.assertj.core.groups.Tuple.tuple("+8562055551234", "Somchai"));
        Message fromLaos = byText(sink, "xe qua cửa khẩu lúc 5h");
        assertThat(fromLaos.conversationKey()).isEqualTo(group.key());
        assertThat(fromLaos.sender().normalised()).isEqualTo("+8562055551234");
        assertThat(fromLaos.sender().displayName()).isEqualTo("Somchai");
        assertThat(sink.contacts()).extracting(c -> c.displayName()).contains("Anh Ba", "Somchai");
    }

    @Test
    void aSharedLocationBecomesALocationWithItsPlaceName() throws Exception {
        InMemoryPhoneRecordSink sink = parse(seized());

        assertThat(sink.locations()).singleElement().satisfies(l -> {
            assertThat(l.latitude()).isEqualTo(18.3856);
            assertThat(l.longitude()).isEqualTo(105.1236);
            assertThat(l.origin()).isEqualTo("WhatsApp shared location");
            assertThat(l.label()).isEqualTo("Kho Cầu Treo");
            assertThat(l.source().locator()).isEqualTo("ZWAMESSAGE:Z_PK=5");
            assertThat(l.recordedAt().instant()).isEqualTo(Instant.parse("2024-10-30T17:26:40Z"));
        });
        assertThat(byText(sink, "Kho Cầu Treo").sender().displayName()).isEqualTo("Anh Ba");
    }

    @Test
    void aPhotoIsAnAttachmentWithItsPathInTheDumpItsTypeAndCaption() throws Exception {
        InMemoryPhoneRecordSink sink = parse(seized());

        Message photo = byText(sink, "cân hàng 120 kg");
        assertThat(photo.attachments()).singleElement().satisfies(a -> {
            assertThat(a.extractedPath()).isEqualTo(ChatStorageFixture.PHOTO_PATH);
            assertThat(a.fileName()).isEqualTo("4f1c2d9e-cân-hàng.jpg");
            assertThat(a.mediaType()).isEqualTo("image/jpeg");
            assertThat(a.sizeBytes()).isEqualTo(4L);
            assertThat(a.sourceLocator()).isEqualTo("ZWAMEDIAITEM:Z_PK=1");
        });
        assertThat(sink.messages()).flatExtracting(Message::attachments).extracting(Attachment::extractedPath)
                .containsExactly(ChatStorageFixture.PHOTO_PATH);
    }

    @Test
    void theMessageThatLivesOnlyInTheWriteAheadLogIsReadAndTheEvidenceIsNotTouched() throws Exception {
        Path db = seized();
        byte[] before = Files.readAllBytes(db);
        byte[] walBefore = Files.readAllBytes(db.resolveSibling("ChatStorage.sqlite-wal"));

        InMemoryPhoneRecordSink sink = parse(db);

        assertThat(byText(sink, "đã nhận, mai giao").direction()).isEqualTo(Direction.OUTGOING);
        assertThat(sink.messages()).hasSize(6);
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        assertThat(Files.readAllBytes(db.resolveSibling("ChatStorage.sqlite-wal"))).isEqualTo(walBefore);
    }

    @Test
    void aTruncatedChatStoreIsStillRecognisedAndNamedAsDamagedWithTheReason() throws Exception {
        Path db = seized();
        Path truncated = Files.createDirectories(folder.resolve("truncated")).resolve("ChatStorage.sqlite");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(db), 8_192));

        assertThat(parser.accepts(truncated, null)).isTrue();
        assertThatThrownBy(() -> parse(truncated)).isInstanceOf(PhoneParseException.class)
                .hasMessageContaining("damaged or unreadable SQLite database")
                .satisfies(e -> assertThat(((PhoneParseException) e).messageKey())
                        .isEqualTo("phone.parse.damagedDatabase"));
    }
}
