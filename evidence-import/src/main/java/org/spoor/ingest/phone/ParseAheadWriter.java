package org.spoor.ingest.phone;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.spoor.comms.Account;
import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.Conversation;
import org.spoor.comms.Device;
import org.spoor.comms.Location;
import org.spoor.comms.Message;
import org.spoor.entity.EntityMention;
import org.spoor.ingest.entities.EntityRecorder;
import org.spoor.ingest.entities.TextEntityExtractor;

/**
 * Reads a phone artefact and finds its entities on a thread of its own while the calling thread writes
 * what was found: parsing and the text finders are a quarter of a phone's import, and on a laptop's
 * second core they run beside the database writes instead of before them. The calling thread keeps
 * the connection and its transaction. The hand-over queue is bounded, so memory stays flat; a failure
 * on either side stops both and is thrown here, the parser's own exception as it was.
 */
final class ParseAheadWriter {

    /** Records in flight between the threads. */
    private static final int IN_FLIGHT = 2_048;
    private static final Runnable END = () -> { };

    private final BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(IN_FLIGHT);
    private volatile boolean writerStopped;
    private volatile Throwable parseFailure;

    /** What the writer stopped the parser with; never escapes this class. */
    private static final class WriterStopped extends RuntimeException {
        WriterStopped() {
            super("the writer stopped", null, false, false);
        }
    }

    private record Mention(EntityMention mention, long exhibitId, String locator, String context) {
    }

    /**
     * Parses {@code file} into {@code records}, with the mentions the extractor finds in them stored through
     * {@code mentions}; both stores are called on this thread only.
     */
    static void write(PhoneArtifactParser parser, Path file, PhoneParseContext context, PhoneRecordSink records,
                      EntityRecorder.MentionStore mentions, TextEntityExtractor extractor, RecordSearchIndex search)
            throws PhoneParseException, IOException {
        new ParseAheadWriter().run(parser, file, context, records, mentions, extractor, search);
    }

    private void run(PhoneArtifactParser parser, Path file, PhoneParseContext context, PhoneRecordSink records,
                     EntityRecorder.MentionStore mentions, TextEntityExtractor extractor, RecordSearchIndex search)
            throws PhoneParseException, IOException {
        Thread reader = new Thread(() -> parse(parser, file, context, records, mentions, extractor, search),
                "spoor-phone-parse");
        reader.setDaemon(true);
        reader.start();
        try {
            for (Runnable task = queue.take(); task != END; task = queue.take()) {
                task.run();
            }
        } catch (InterruptedException e) {
            stop(reader);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the phone import was interrupted");
        } catch (RuntimeException | Error e) {
            stop(reader);
            throw e;
        }
        join(reader);
        rethrowParseFailure();
    }

    private void parse(PhoneArtifactParser parser, Path file, PhoneParseContext context, PhoneRecordSink records,
                       EntityRecorder.MentionStore mentions, TextEntityExtractor extractor,
                       RecordSearchIndex search) {
        List<Mention> found = new ArrayList<>();
        EntityRecorder recorder = new EntityRecorder(
                (m, exhibitId, locator, text) -> found.add(new Mention(m, exhibitId, locator, text)), extractor,
                context.numbers());
        try {
            parser.parse(file, context, new Handing(records, recorder, found, mentions, search));
        } catch (WriterStopped stopped) {
            return;
        } catch (Throwable e) {
            parseFailure = e;
        }
        hand(END);
    }

    /** Runs on the parser's thread: finds a record's mentions there and hands record and mentions over. */
    private final class Handing implements PhoneRecordSink {
        private final PhoneRecordSink records;
        private final EntityRecorder recorder;
        private final List<Mention> found;
        private final EntityRecorder.MentionStore mentions;
        private final RecordSearchIndex search;

        Handing(PhoneRecordSink records, EntityRecorder recorder, List<Mention> found,
                EntityRecorder.MentionStore mentions, RecordSearchIndex search) {
            this.records = records;
            this.recorder = recorder;
            this.found = found;
            this.mentions = mentions;
            this.search = search;
        }

        @Override
        public void device(Device device) {
            hand(() -> records.device(device));
        }

        @Override
        public void account(Account account) {
            recorder.recordAccount(account);
            handWithMentions(() -> records.account(account));
        }

        @Override
        public void contact(Contact contact) {
            recorder.recordContact(contact);
            handWithMentions(() -> records.contact(contact));
        }

        @Override
        public void conversation(Conversation conversation) {
            hand(() -> records.conversation(conversation));
        }

        @Override
        public void message(Message message) {
            recorder.recordMessage(message);
            search.message(message);
            handWithMentions(() -> records.message(message));
        }

        @Override
        public void call(Call call) {
            recorder.recordCall(call);
            handWithMentions(() -> records.call(call));
        }

        @Override
        public void location(Location location) {
            hand(() -> records.location(location));
        }

        /** The record first, then its mentions, as the writer stored them before it had a second thread. */
        private void handWithMentions(Runnable write) {
            if (found.isEmpty()) {
                hand(write);
                return;
            }
            List<Mention> own = List.copyOf(found);
            found.clear();
            hand(() -> {
                write.run();
                for (Mention m : own) {
                    mentions.record(m.mention(), m.exhibitId(), m.locator(), m.context());
                }
            });
        }
    }

    private void hand(Runnable task) {
        try {
            while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                if (writerStopped) {
                    throw new WriterStopped();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterStopped();
        }
        if (writerStopped) {
            throw new WriterStopped();
        }
    }

    private void stop(Thread reader) {
        writerStopped = true;
        queue.clear();
        join(reader);
    }

    private static void join(Thread reader) {
        boolean interrupted = false;
        while (true) {
            try {
                reader.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void rethrowParseFailure() throws PhoneParseException, IOException {
        Throwable failure = parseFailure;
        if (failure == null) {
            return;
        }
        if (failure instanceof PhoneParseException parse) {
            throw parse;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }
}
