package org.spoor.ingest.phone;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.spoor.comms.Conversation;
import org.spoor.comms.Message;

/**
 * A parser of an SMS database that holds {@code count} messages in one thread ({@code thread:1}), each made by
 * the test; the damaged one meets a damaged page after reading them all.
 */
final class OneThreadSmsParser implements PhoneArtifactParser {

    /** The test's {@code i}-th message of the exhibit. */
    @FunctionalInterface
    interface MessageMaker {
        Message make(long exhibitId, int i);
    }

    private final int count;
    private final boolean damaged;
    private final MessageMaker maker;
    /** Messages handed to the sink so far. */
    final AtomicInteger read = new AtomicInteger();

    private OneThreadSmsParser(int count, boolean damaged, MessageMaker maker) {
        this.count = count;
        this.damaged = damaged;
        this.maker = maker;
    }

    static OneThreadSmsParser whole(int count, MessageMaker maker) {
        return new OneThreadSmsParser(count, false, maker);
    }

    static OneThreadSmsParser damagedAfter(int count, MessageMaker maker) {
        return new OneThreadSmsParser(count, true, maker);
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
            sink.message(maker.make(context.exhibitId(), i));
            read.incrementAndGet();
        }
        if (damaged) {
            throw new PhoneParseException("phone.damaged", "page 7 is damaged");
        }
    }
}
