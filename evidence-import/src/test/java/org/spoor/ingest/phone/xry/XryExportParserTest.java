package org.spoor.ingest.phone.xry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.Call;
import org.spoor.comms.ContactIdentifier;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.ingest.phone.CompanionFiles;
import org.spoor.ingest.phone.InMemoryPhoneRecordSink;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;

class XryExportParserTest {

    @TempDir
    Path folder;

    private final XryExportParser parser = new XryExportParser();

    private InMemoryPhoneRecordSink parse(Path file) throws Exception {
        InMemoryPhoneRecordSink sink = new InMemoryPhoneRecordSink();
        parser.parse(file, new PhoneParseContext(7, "VN", CompanionFiles.none(), folder), sink);
        return sink;
    }

    @Test
    void messagesWithABomKeepDirectionPartiesMultiLineTextAndTheOffsetWritten() throws Exception {
        Path file = XryFixtures.write(folder.resolve("Messages-SMS.txt"), XryFixtures.MESSAGES, true);

        assertThat(parser.accepts(file, "text/plain")).isTrue();
        var messages = parse(file).messages();

        assertThat(messages).hasSize(3);
        Message first = messages.get(0);
        assertThat(first.direction()).isEqualTo(Direction.INCOMING);
        assertThat(first.sender().normalised()).isEqualTo("+84912345678");
        assertThat(first.sender().displayName()).isEqualTo("Anh Hùng");
        assertThat(first.body()).isEqualTo("Hàng đã tới Cầu Treo.\nVảy tê tê 120 kg, gọi lại: tối nay");
        assertThat(first.sentAt().instant()).isEqualTo(Instant.parse("2023-03-16T07:03:22Z"));
        assertThat(first.sentAt().originalOffset()).isEqualTo("+07:00");
        assertThat(first.source().exhibitId()).isEqualTo(7);
        assertThat(first.source().locator()).isEqualTo("line:7 Messages-SMS #1");
        assertThat(first.service()).isEqualTo("SMS");

        Message sent = messages.get(1);
        assertThat(sent.direction()).isEqualTo(Direction.OUTGOING);
        assertThat(sent.recipients()).extracting(p -> p.normalised()).containsExactly("+84987654321");
        assertThat(sent.sentAt().instant()).isEqualTo(Instant.parse("2023-03-16T14:10:00Z"));

        Message zalo = messages.get(2);
        assertThat(zalo.service()).isEqualTo("Zalo");
        assertThat(zalo.direction()).isEqualTo(Direction.INCOMING);
        assertThat(zalo.sender().normalised()).isEqualTo("+84912345678");
        assertThat(zalo.sentAt().instant()).isEqualTo(Instant.parse("2019-01-23T09:23:45Z"));
        assertThat(zalo.sentAt().originalOffset()).isEqualTo("+04:00");
    }

    @Test
    void theSegmentsOfALongSmsBecomeOneMessage() throws Exception {
        String export = String.join("\n", "Messages-SMS #\t1", "Text:\tLô vảy tê tê giao tại Cầu Tr",
                "Time:\t1/23/2019 1:23:45 PM UTC (Network)", "Type:\tDeliver", "Reference Number:\t22",
                "Segment Number:\t1", "Segments:\t2", "From", "Tel:\t0912345678", "",
                "Messages-SMS #\t2", "Text:\teo lúc 9 giờ", "Time:\t1/23/2019 1:23:45 PM UTC (Network)",
                "Type:\tDeliver", "Reference Number:\t22", "Segment Number:\t2", "Segments:\t2", "From",
                "Tel:\t0912345678", "", "Messages-SMS #\t3", "Text:\tOK", "Type:\tSubmit", "To",
                "Tel:\t0912345678", "");
        Path file = XryFixtures.write(folder.resolve("sms.txt"), export, false);

        var messages = parse(file).messages();

        assertThat(messages).extracting(Message::body).containsExactly("Lô vảy tê tê giao tại Cầu Treo lúc 9 giờ",
                "OK");
        assertThat(messages.get(0).source().locator()).isEqualTo("line:1 Messages-SMS #1");
    }

    @Test
    void callsWithoutABomHaveDirectionDurationAndWhetherAnswered() throws Exception {
        Path file = XryFixtures.write(folder.resolve("export"), XryFixtures.CALLS, false);

        assertThat(parser.accepts(file, null)).isTrue();
        var calls = parse(file).calls();

        assertThat(calls).extracting(Call::direction)
                .containsExactly(Direction.INCOMING, Direction.OUTGOING, Direction.INCOMING);
        assertThat(calls).extracting(Call::durationSeconds).containsExactly(null, 125L, 20L);
        assertThat(calls).extracting(Call::answered).containsExactly(false, true, true);
        assertThat(calls).extracting(c -> c.counterpart().normalised())
                .containsExactly("+84912345678", "+84987654321", "+84912345678");
        assertThat(calls.get(1).counterpart().displayName()).isEqualTo("Chị Mai");
        assertThat(calls.get(0).startedAt().instant()).isEqualTo(Instant.parse("2023-03-16T13:23:45Z"));
        assertThat(calls.get(2).startedAt().instant()).isEqualTo(Instant.parse("2023-03-16T14:00:00Z"));
        assertThat(calls.get(2).source().locator()).startsWith("line:").endsWith("Calls #3");
    }

    @Test
    void contactsAndTheDeviceGeneralInformationBecomeContactsAndTheSeizedPhone() throws Exception {
        Path file = XryFixtures.write(folder.resolve("Contacts.txt"), XryFixtures.CONTACTS_AND_DEVICE, true);

        var sink = parse(file);

        assertThat(sink.contacts()).hasSize(2);
        assertThat(sink.contacts().get(0).displayName()).isEqualTo("Anh Hùng");
        assertThat(sink.contacts().get(0).identifiers()).extracting(ContactIdentifier::normalised)
                .containsExactly("+84912345678", "+84912000111");
        assertThat(sink.contacts().get(1).identifiers()).singleElement()
                .satisfies(id -> assertThat(id.normalised()).isEqualTo("xyz@example.com"));
        assertThat(sink.devices()).singleElement().satisfies(d -> {
            assertThat(d.imei()).isEqualTo("356938035643809");
            assertThat(d.ownerNumber()).isEqualTo("+84988777666");
        });
    }

    @Test
    void recordsTitledOnlyByNumberTakeTheReportTypeOfTheHeader() throws Exception {
        String export = String.join("\n", "XRY Export", "Created:\t16/03/2023", "Calls", "Case:\tX", "Examiner:\tY", "",
                "#1", "Call Type:\tOutgoing", "Number:\t0912345678", "Duration:\t65", "Related Application:\tWhatsApp",
                "");
        Path file = XryFixtures.write(folder.resolve("calls"), export, true);

        var calls = parse(file).calls();

        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.direction()).isEqualTo(Direction.OUTGOING);
            assertThat(c.durationSeconds()).isEqualTo(65L);
            assertThat(c.service()).isEqualTo("WhatsApp");
            assertThat(c.counterpart().normalised()).isEqualTo("+84912345678");
            assertThat(c.source().locator()).isEqualTo("line:7 Calls #1");
        });
    }

    @Test
    void ordinaryUtf16TextIsNotClaimedWithOrWithoutAMark() throws Exception {
        String letter = "Kính gửi anh Hùng,\nTime: tối nay\nTel: 0912345678\n\nBiên bản thu giữ #1\nvảy tê tê\n";
        Path withBom = XryFixtures.write(folder.resolve("letter.txt"), letter, true);
        Path plain = XryFixtures.write(folder.resolve("letter2.txt"), letter.repeat(3), false);
        Path utf8 = Files.writeString(folder.resolve("calls.txt"), XryFixtures.CALLS, StandardCharsets.UTF_8);

        assertThat(parser.accepts(withBom, "text/plain")).isFalse();
        assertThat(parser.accepts(plain, "text/plain")).isFalse();
        assertThat(parser.accepts(utf8, "text/plain")).isFalse();
    }

    @Test
    void anExportCutInTheMiddleOfACharacterIsNamedAsTruncated() throws Exception {
        byte[] whole = XryFixtures.utf16le(XryFixtures.CALLS, true);
        Path cut = Files.write(folder.resolve("Calls.txt"), Arrays.copyOf(whole, whole.length / 2 + 1));

        assertThat(parser.accepts(cut, null)).isTrue();
        assertThatThrownBy(() -> parse(cut)).isInstanceOf(PhoneParseException.class)
                .hasMessageContaining("truncated XRY export")
                .satisfies(e -> assertThat(((PhoneParseException) e).messageKey())
                        .isEqualTo("phone.parse.xryTruncated"));
    }

    @Test
    void anExportWithAZeroFilledRunOrBrokenSurrogatesIsNamedAsGarbled() throws Exception {
        byte[] zeroed = XryFixtures.utf16le(XryFixtures.MESSAGES, true);
        int text = indexOf(zeroed, "Cầu Treo".getBytes(StandardCharsets.UTF_16LE));
        Arrays.fill(zeroed, text, text + 40, (byte) 0);
        Path nul = Files.write(folder.resolve("zeroed.txt"), zeroed);
        byte[] surrogates = XryFixtures.utf16le(XryFixtures.CALLS, true);
        int at = indexOf(surrogates, "Missed".getBytes(StandardCharsets.UTF_16LE));
        surrogates[at] = 0x00;
        surrogates[at + 1] = (byte) 0xD8;
        Path broken = Files.write(folder.resolve("broken.txt"), surrogates);

        for (Path garbled : new Path[] {nul, broken}) {
            assertThat(parser.accepts(garbled, null)).isTrue();
            assertThatThrownBy(() -> parse(garbled)).isInstanceOf(PhoneParseException.class)
                    .hasMessageContaining("garbled XRY export")
                    .satisfies(e -> assertThat(((PhoneParseException) e).messageKey())
                            .isEqualTo("phone.parse.xryGarbled"));
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
