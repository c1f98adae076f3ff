package org.spoor.ingest.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.comms.CommsImportState;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntityType;
import org.spoor.ingest.entities.EntityRecorder;
import org.spoor.ingest.entities.PhoneNumbers;
import org.spoor.ingest.entities.TextEntityExtractor;

/** A phone written in committed chunks still lands whole or not at all. */
class ChunkedPhoneWriteTest {

    private static final int CHUNK = 1_000;

    @TempDir
    Path scratch;

    private PhoneTestCase testCase;

    @BeforeEach
    void openCase() throws Exception {
        testCase = new PhoneTestCase();
    }

    @AfterEach
    void closeCase() throws Exception {
        testCase.close();
    }

    @Test
    void aDatabaseThatBreaksAfterSeveralCommittedChunksLeavesNoneOfThemBehind() throws Exception {
        long exhibit = testCase.exhibit(1, "mmssms.db");
        EntityRepository entities = new EntityRepository(testCase.db);
        new EntityRecorder(entities, TextEntityExtractor.standard("VN"), new PhoneNumbers("VN"))
                .recordText(exhibit, "text", "Gọi 0912 345 678 lấy 20 kg vảy tê tê.");
        int before = entities.sourcesOf(entities.find(EntityType.PHONE, "+84912345678").orElseThrow().id()).size();
        int messages = CHUNK * 2 + 500;

        List<String> searchable = new java.util.ArrayList<>();
        RecordSearchIndex search = new RecordSearchIndex() {
            @Override
            public void message(Message message) {
                searchable.add(message.source().locator());
            }

            @Override
            public void discard(long exhibitId) {
                searchable.clear();
            }
        };
        assertThatThrownBy(() -> new PhoneRecordWriter(testCase.db, TextEntityExtractor.standard("VN"), CHUNK, search)
                .write(OneThreadSmsParser.damagedAfter(messages, ChunkedPhoneWriteTest::message), scratch,
                        context(exhibit)))
                .isInstanceOf(PhoneParseException.class).hasMessageContaining("page 7 is damaged");
        assertThat(searchable).as("messages of the failed write left findable").isEmpty();

        assertThat(new MessageRepository(testCase.db).countByExhibit(exhibit)).isZero();
        assertThat(new CommsImportState(testCase.db).unfinished()).isEmpty();
        // The letter's own find is kept; the phone's sources of the same number are gone.
        assertThat(entities.sourcesOf(entities.find(EntityType.PHONE, "+84912345678").orElseThrow().id()))
                .hasSize(before);
    }

    @Test
    void aWriteThatACrashCutShortIsUndoneBeforeTheExhibitIsWrittenAgain() throws Exception {
        long exhibit = testCase.exhibit(2, "mmssms.db");
        CommsImportState state = new CommsImportState(testCase.db);
        state.begin(exhibit);
        new RepositoryPhoneRecordSink(testCase.db).message(message(exhibit, 1));
        new MessageRepository(testCase.db).addAll(List.of(message(exhibit, 2), message(exhibit, 3)));
        assertThat(state.unfinished()).containsExactly(exhibit);

        long written = new PhoneRecordWriter(testCase.db, null, CHUNK)
                .write(OneThreadSmsParser.whole(7, ChunkedPhoneWriteTest::message), scratch, context(exhibit));

        assertThat(written).isEqualTo(7);
        assertThat(new MessageRepository(testCase.db).countByExhibit(exhibit)).isEqualTo(7);
        assertThat(state.unfinished()).isEmpty();
    }

    @Test
    void moreMessagesThanOneChunkAllLandWithTheirEntities() throws Exception {
        long exhibit = testCase.exhibit(3, "mmssms.db");
        int messages = CHUNK + 1234;

        long written = new PhoneRecordWriter(testCase.db, TextEntityExtractor.standard("VN"), CHUNK)
                .write(OneThreadSmsParser.whole(messages, ChunkedPhoneWriteTest::message), scratch, context(exhibit));

        assertThat(written).isEqualTo(messages);
        assertThat(new MessageRepository(testCase.db).countByExhibit(exhibit)).isEqualTo(messages);
        EntityRepository entities = new EntityRepository(testCase.db);
        long number = entities.find(EntityType.PHONE, "+84912345678").orElseThrow().id();
        // Every body names the number (a source each); as the sender it is a source once, for its conversation.
        assertThat(entities.sourcesOf(number)).hasSize(messages + 1)
                .filteredOn(source -> source.startOffset() < 0).singleElement()
                .satisfies(sender -> assertThat(sender.sourceLocator()).isEqualTo("sms:_id=1"));
        assertThat(entities.findAll(Optional.of(EntityType.PHONE))).hasSize(1);
    }

    @Test
    void aLongWriteReportsTheRecordsInAfterEveryChunkAndAtTheEnd() throws Exception {
        long exhibit = testCase.exhibit(4, "mmssms.db");
        // Messages reach the database in batches of 5,000, so chunks of them are what can be reported.
        int messages = 10_345;
        List<Long> reported = new ArrayList<>();

        new PhoneRecordWriter(testCase.db, null, CHUNK).write(OneThreadSmsParser.whole(messages,
                ChunkedPhoneWriteTest::message), scratch, context(exhibit), reported::add);

        // Records of every kind: the messages and their one conversation.
        assertThat(reported).hasSizeGreaterThanOrEqualTo(3).isSorted().last().isEqualTo(messages + 1L);
        assertThat(reported.get(0)).isLessThan(messages);
    }

    private PhoneParseContext context(long exhibit) {
        return new PhoneParseContext(exhibit, "VN", CompanionFiles.none(), scratch);
    }

    private static Message message(long exhibit, int i) {
        return new Message(null, org.spoor.comms.SourceRef.of(exhibit, "sms:_id=" + i), "thread:1", "SMS",
                Direction.INCOMING, Party.of("0912345678", "+84912345678", null), List.of(),
                RecordedTime.of(OffsetDateTime.parse("2026-01-01T08:00:00+07:00").plusMinutes(i)),
                "Gọi lại số 0912 345 678 nhé, lần " + i, "inbox", false, List.of());
    }
}
