package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.spoor.comms.Conversation;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.ingest.entities.TextEntityExtractor;

/** The parser runs ahead on its own thread; what reaches the writer, and how either side's failure ends both. */
class ParseAheadWriterTest {

    private static final int MANY = 1_000_000;
    private final TextEntityExtractor extractor = TextEntityExtractor.standard("VN");
    private final PhoneParseContext context = new PhoneParseContext(7, "VN", CompanionFiles.none(), Path.of("."));

    @Test
    void recordsReachTheWriterInParseOrderEachFollowedByItsMentions() throws Exception {
        List<String> written = new ArrayList<>();
        PhoneRecordSink records = new MessagesOnly() {
            @Override
            public void message(Message message) {
                written.add("message " + message.source().locator() + " on " + Thread.currentThread().getName());
            }
        };
        ParseAheadWriter.write(OneThreadSmsParser.whole(3, ParseAheadWriterTest::message), Path.of("sms.db"),
                context, records, (mention, exhibit, locator, text) -> written.add(mention.type() + " " + locator),
                extractor, RecordSearchIndex.NONE);

        String here = Thread.currentThread().getName();
        assertThat(written).containsExactly("message sms:_id=1 on " + here, "PHONE sms:_id=1", "SPECIES sms:_id=1",
                "message sms:_id=2 on " + here, "SPECIES sms:_id=2",
                "message sms:_id=3 on " + here, "SPECIES sms:_id=3");
    }

    @Test
    void aParserFailureReachesTheCallerAsItWasAfterEverythingBeforeItWasWritten() {
        AtomicInteger written = new AtomicInteger();
        PhoneRecordSink records = new MessagesOnly() {
            @Override
            public void message(Message message) {
                written.incrementAndGet();
            }
        };
        assertThatThrownBy(() -> ParseAheadWriter.write(
                OneThreadSmsParser.damagedAfter(5_000, ParseAheadWriterTest::message), Path.of("sms.db"), context,
                records, (mention, exhibit, locator, text) -> { }, extractor, RecordSearchIndex.NONE))
                .isInstanceOf(PhoneParseException.class).hasMessage("page 7 is damaged");
        assertThat(written).hasValue(5_000);
    }

    @Test
    @Timeout(30)
    void aWriterFailureStopsTheParserAndIsThrownAsItWas() {
        OneThreadSmsParser parser = OneThreadSmsParser.whole(MANY, ParseAheadWriterTest::message);
        IllegalStateException diskFull = new IllegalStateException("No space left on device");
        PhoneRecordSink records = new MessagesOnly() {
            @Override
            public void message(Message message) {
                if (message.source().locator().equals("sms:_id=10")) {
                    throw diskFull;
                }
            }
        };
        assertThatThrownBy(() -> ParseAheadWriter.write(parser, Path.of("sms.db"), context, records,
                (mention, exhibit, locator, text) -> { }, extractor, RecordSearchIndex.NONE)).isSameAs(diskFull);
        assertThat(parser.read.get()).as("messages the parser read before it was stopped").isLessThan(MANY);
    }

    /** A writer that looks at messages only. */
    private abstract static class MessagesOnly implements PhoneRecordSink {
        @Override
        public void device(org.spoor.comms.Device device) {
        }

        @Override
        public void account(org.spoor.comms.Account account) {
        }

        @Override
        public void contact(org.spoor.comms.Contact contact) {
        }

        @Override
        public void conversation(Conversation conversation) {
        }

        @Override
        public void call(org.spoor.comms.Call call) {
        }

        @Override
        public void location(org.spoor.comms.Location location) {
        }
    }

    /** From and about one number. */
    private static Message message(long exhibitId, int i) {
        return new Message(null, SourceRef.of(exhibitId, "sms:_id=" + i), "thread:1", "SMS",
                Direction.INCOMING, Party.of("0912345678", null, null), List.of(),
                RecordedTime.of(OffsetDateTime.parse("2026-01-01T08:00:00+07:00").plusMinutes(i)),
                "vảy tê tê lần " + i, "inbox", false, List.of());
    }
}
