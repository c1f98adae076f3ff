package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.Attachment;
import org.spoor.comms.Call;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.ingest.phone.android.AndroidContactsParser;
import org.spoor.ingest.phone.android.AndroidSmsParser;
import org.spoor.ingest.phone.ios.IosSmsParser;
import org.spoor.ingest.phone.ufdr.UfedReportParser;
import org.spoor.testsupport.Corpus;

/** The public phone samples of the corpus, with counts and values read from them with sqlite3 and grep. */
class CorpusPhoneFilesTest {

    @TempDir
    Path scratch;

    private InMemoryPhoneRecordSink parse(PhoneArtifactParser parser, Path file, String region) throws Exception {
        assertThat(parser.accepts(file, null)).as("%s recognises %s", parser.name(), file.getFileName()).isTrue();
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();
        parser.parse(file, new PhoneParseContext(11, region, CompanionFiles.siblingsOf(file), scratch), sink);
        return sink;
    }

    @Test
    void androidSmsDatabaseGivesItsNineMessagesInOneThread() throws Exception {
        InMemoryPhoneRecordSink sink = parse(new AndroidSmsParser(), Corpus.phone("plaso__mmssms.db"), "US");

        assertThat(sink.messages()).hasSize(9);
        assertThat(sink.conversations()).singleElement().satisfies(c -> assertThat(c.participants())
                .extracting(Party::normalised).containsExactly("+15555215554"));
        Message first = sink.messages().get(0);
        assertThat(first.source().locator()).isEqualTo("sms:_id=1");
        assertThat(first.source().exhibitId()).isEqualTo(11);
        assertThat(first.body()).isEqualTo("Yo Fred this is my new number.");
        assertThat(first.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(first.recipients()).extracting(Party::raw, Party::normalised)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1 555-521-5554", "+15555215554"));
        assertThat(first.sentAt().instant()).isEqualTo(Instant.ofEpochMilli(1383065788038L));
        Message third = sink.messages().get(2);
        assertThat(third.direction()).isEqualTo(Direction.INCOMING);
        assertThat(third.sender().normalised()).isEqualTo("+15555215554");
        assertThat(third.body()).isEqualTo("What message?");
        assertThat(sink.messages()).filteredOn(m -> m.direction() == Direction.INCOMING).hasSize(4);
    }

    @Test
    void androidContactsDatabaseGivesItsThreeCallsWithBarney() throws Exception {
        InMemoryPhoneRecordSink sink = parse(new AndroidContactsParser(), Corpus.phone("plaso__contacts2.db"), "VN");

        // The sample's address book (data) is empty; its call log holds three calls.
        assertThat(sink.contacts()).isEmpty();
        assertThat(sink.calls()).extracting(c -> c.source().locator())
                .containsExactly("calls:_id=714", "calls:_id=715", "calls:_id=717");
        Call missed = sink.calls().get(0);
        // countryiso US on the row wins over the device region VN.
        assertThat(missed.counterpart().normalised()).isEqualTo("+15404561685");
        assertThat(missed.counterpart().displayName()).isEqualTo("Barney");
        assertThat(missed.answered()).isFalse();
        assertThat(missed.startedAt().instant()).isEqualTo(Instant.ofEpochMilli(1383772636690L));
        assertThat(sink.calls().get(1).direction()).isEqualTo(Direction.OUTGOING);
        assertThat(sink.calls().get(1).durationSeconds()).isEqualTo(126);
        assertThat(sink.calls().get(2).direction()).isEqualTo(Direction.INCOMING);
        assertThat(sink.calls().get(2).answered()).isTrue();
        assertThat(sink.calls().get(2).durationSeconds()).isEqualTo(639);
    }

    @Test
    void iosMessagesDatabaseGivesTenMessagesInSevenChatsWithAppleEpochDates() throws Exception {
        InMemoryPhoneRecordSink sink = parse(new IosSmsParser(), Corpus.phone("plaso__imessage_chat.db"), "VN");

        assertThat(sink.conversations()).hasSize(7);
        assertThat(sink.messages()).hasSize(10);
        Message first = sink.messages().get(0);
        assertThat(first.source().locator()).isEqualTo("message:ROWID=1");
        assertThat(first.body()).startsWith("Hey Kenneth, it's Eireanne!");
        assertThat(first.service()).isEqualTo("iMessage");
        assertThat(first.direction()).isEqualTo(Direction.INCOMING);
        // 469908586 s after 2001-01-01T00:00:00Z; the handle's country GB reads the number.
        assertThat(first.sentAt().instant()).isEqualTo(Instant.parse("2015-11-22T18:09:46Z"));
        assertThat(first.sender().normalised()).isEqualTo("+447775455555");
        assertThat(first.conversationKey()).isEqualTo("chat:1");
        assertThat(sink.messages().get(1).direction()).isEqualTo(Direction.OUTGOING);
        assertThat(sink.messages().get(7).sender().raw()).isEqualTo("xxxxxx2015@icloud.com");
        assertThat(sink.messages().get(7).conversationKey()).isEqualTo("chat:2");
        assertThat(sink.messages()).filteredOn(Message::deleted).isEmpty();
    }

    @Test
    void cellebriteChatExcerptGivesOneWhatsAppChatWithElevenMessagesAndTheirAttachments() throws Exception {
        InMemoryPhoneRecordSink sink = parse(new UfedReportParser(), Corpus.phone("iped__ufed-model-chat.xml"), "BR");

        assertThat(sink.conversations()).singleElement().satisfies(c -> {
            assertThat(c.service()).isEqualTo("WhatsApp");
            assertThat(c.source().locator()).isEqualTo("model:5c1b7590-ec7d-43ec-8ae0-f1ff3967d30d");
            assertThat(c.participants()).extracting(Party::displayName).containsExactly("Blastoise", "Clefable");
            assertThat(c.participants()).extracting(Party::normalised)
                    .containsExactly("+5511999996666", "+5511999998888");
        });
        assertThat(sink.messages()).hasSize(11);
        assertThat(sink.messages()).extracting(Message::body).contains("Certo amigo veja ae", "Vendo", "Obrigado");
        Message vendo = sink.messages().stream().filter(m -> "Vendo".equals(m.body())).findFirst().orElseThrow();
        assertThat(vendo.sender().displayName()).isEqualTo("Bulbasaur");
        assertThat(vendo.sender().normalised()).isEqualTo("+5511999997777");
        assertThat(vendo.direction()).isEqualTo(Direction.INCOMING);
        assertThat(vendo.sentAt().instant()).isEqualTo(Instant.parse("2024-11-03T19:46:18Z"));
        assertThat(vendo.sentAt().originalOffset()).isEqualTo("+00:00");
        Message fromOwner = sink.messages().stream()
                .filter(m -> m.source().locator().equals("model:c8fd9822-dd2c-41d1-af63-6675db3d8864"))
                .findFirst().orElseThrow();
        assertThat(fromOwner.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(fromOwner.recipients()).extracting(Party::displayName).containsExactly("Bulbasaur");
        assertThat(sink.messages()).flatExtracting(Message::attachments).extracting(Attachment::fileName)
                .containsExactlyInAnyOrder("PTT-20241103-WA0101.opus", "02b32769fe914644aaeb47f0485786e9.opus",
                        "PTT-20241103-WA0104.opus", "ef890c21f6024b509e2af50a4e2cf935.opus",
                        "PTT-20241103-WA0100.opus");
        assertThat(sink.messages()).flatExtracting(Message::attachments).extracting(Attachment::extractedPath)
                .contains("files\\Audio\\PTT-20241103-WA0101.opus");
        assertThat(sink.contacts()).singleElement().satisfies(c -> {
            assertThat(c.displayName()).isEqualTo("Charmeleon");
            // The anonymised "+55 11 99999-22222" has one digit too many for Brazil: kept raw, not normalised.
            assertThat(c.identifiers()).extracting(i -> i.raw(), i -> i.normalised()).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("5511999997745@s.whatsapp.net", "+5511999997745"),
                    org.assertj.core.groups.Tuple.tuple("+55 11 99999-22222", null));
        });
    }

    @Test
    void cellebriteUserAccountExcerptGivesTheOwnersWhatsAppBusinessAndInstagramAccounts() throws Exception {
        InMemoryPhoneRecordSink sink = parse(new UfedReportParser(), Corpus.phone("iped__ufed-model-useraccount.xml"),
                "BR");

        assertThat(sink.accounts()).hasSize(2);
        assertThat(sink.accounts().get(0).service()).isEqualTo("WhatsApp Business");
        assertThat(sink.accounts().get(0).displayName()).isEqualTo("Rattata");
        assertThat(sink.accounts().get(0).identifierRaw()).isEqualTo("5511999997777@s.whatsapp.net");
        assertThat(sink.accounts().get(0).identifier()).isEqualTo("+5511999997777");
        assertThat(sink.accounts().get(1).service()).isEqualTo("Instagram");
        assertThat(sink.accounts().get(1).identifier()).isEqualTo("1212121212121212");
    }

    @Test
    void eachCorpusFileIsClaimedByExactlyOneParserOfTheServiceLoader() throws Exception {
        PhoneArtifactParsers parsers = new PhoneArtifactParsers();
        for (String name : new String[] {"plaso__mmssms.db", "plaso__contacts2.db", "plaso__imessage_chat.db",
                "iped__ufed-model-chat.xml", "iped__ufed-model-useraccount.xml"}) {
            Path file = Corpus.phone(name);
            long claims = 0;
            for (PhoneArtifactParser p : parsers.all()) {
                claims += p.accepts(file, null) ? 1 : 0;
            }
            assertThat(claims).as(name).isEqualTo(1);
        }
        // A zip that is no UFDR, and a photo: no phone parser claims them.
        assertThat(parsers.find(Corpus.tika("2pic.docx"), null)).isEmpty();
        assertThat(parsers.find(Corpus.tika("baseball.jpg"), "image/jpeg")).isEmpty();
    }
}
