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
        ParseAheadWriter.write(new Messages(3, -1), Path.of("sms.db"), context, records,
                (mention, exhibit, locator, text) -> written.add(mention.type() + " " + locator), extractor);

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
        assertThatThrownBy(() -> ParseAheadWriter.write(new Messages(5_000, 5_000), Path.of("sms.db"), context,
                records, (mention, exhibit, locator, text) -> { }, extractor))
                .isInstanceOf(PhoneParseException.class).hasMessage("page 7 is damaged");
        assertThat(written).hasValue(5_000);
    }

    @Test
    @Timeout(30)
    void aWriterFailureStopsTheParserAndIsThrownAsItWas() {
        Messages parser = new Messages(MANY, -1);
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
                (mention, exhibit, locator, text) -> { }, extractor)).isSameAs(diskFull);
        assertThat(parser.handed.get()).as("messages the parser read before it was stopped").isLessThan(MANY);
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

    /** Messages in one thread, from and about one number; optionally failing after {@code failAfter} of them. */
    private static final class Messages implements PhoneArtifactParser {
        private final int count;
        private final int failAfter;
        final AtomicInteger handed = new AtomicInteger();

        Messages(int count, int failAfter) {
            this.count = count;
            this.failAfter = failAfter;
        }

        @Override
        public String name() {
            return "test-sms";
        }

        @Override
        public boolean accepts(Path file, String mediaType) {
            return true;
        }

        @Override
        public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException {
            sink.conversation(new Conversation(null, context.source("threads:_id=1"), "thread:1", "SMS", null,
                    List.of()));
            for (int i = 1; i <= count; i++) {
                sink.message(new Message(null, SourceRef.of(context.exhibitId(), "sms:_id=" + i), "thread:1", "SMS",
                        Direction.INCOMING, Party.of("0912345678", null, null), List.of(),
                        RecordedTime.of(OffsetDateTime.parse("2026-01-01T08:00:00+07:00").plusMinutes(i)),
                        "vảy tê tê lần " + i, "inbox", false, List.of()));
                handed.incrementAndGet();
                if (i == failAfter) {
                    throw new PhoneParseException("phone.damaged", "page 7 is damaged");
                }
            }
        }
    }
}
