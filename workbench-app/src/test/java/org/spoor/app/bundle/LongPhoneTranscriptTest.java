package org.spoor.app.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.comms.CallRepository;
import org.spoor.comms.ConversationRepository;
import org.spoor.comms.Direction;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.reports.bundle.model.MessageLine;
import org.spoor.reports.bundle.model.MessageThread;

/** A phone with more messages than a bundle prints lists its earliest ones and says where the rest are. */
class LongPhoneTranscriptTest {

    @TempDir
    Path temp;

    @Test
    void aPhoneBeyondThePrintedLimitListsItsEarliestMessagesInTimeOrderAndNamesTheCompleteRecord()
            throws Exception {
        AttachedFilesFixture.Built built = AttachedFilesFixture.create(temp.resolve("case"));
        MessageThread thread;
        long total;
        try (CaseFile c = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(), BundleFixture.options())) {
            MessageRepository messages = new MessageRepository(c.db());
            List<Message> more = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                more.add(new Message(null, SourceRef.of(built.phone().id(), "sms:_id=" + (100 + i)),
                        i % 2 == 0 ? "thread:a" : "thread:b", "SMS", Direction.INCOMING,
                        Party.of("0912 345 678", "+84912345678", null), List.of(),
                        RecordedTime.utc(Instant.parse("2001-01-01T00:00:00Z").plusSeconds(60L * i)), "tin " + i,
                        null, false, List.of()));
            }
            messages.addAll(more);
            total = messages.countByExhibit(built.phone().id());
            DisclosureScope scope = new DisclosureScope(c.exhibits().all());
            thread = (MessageThread) new PhoneTranscripts(messages, new ConversationRepository(c.db()),
                    new CallRepository(c.db()), new LocationRepository(c.db()),
                    new LocalTimes(ZoneId.of("Asia/Ho_Chi_Minh")), scope::refOf, 3)
                    .of(built.phone().id(), built.phone().ref());
        }

        // The fixture's one call follows the messages, as in every transcript.
        assertThat(thread.lines()).extracting(MessageLine::text).filteredOn(t -> !t.startsWith("[call]"))
                .containsExactly("tin 0", "tin 1", "tin 2");
        assertThat(thread.title()).startsWith(total + " messages in ")
                .contains("printed here: the earliest 3 messages, up to 2001-01-01 07:02")
                .contains("The complete record is the original exhibit " + built.phone().ref());
    }
}
