package org.spoor.ingest.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.entity.EntityType;

class EntityRecorderTest {

    private record Recorded(EntityType type, String key, String locator, int start) {
    }

    private final List<Recorded> recorded = new ArrayList<>();
    private final EntityRecorder recorder = new EntityRecorder(
            (mention, exhibitId, locator, context) -> recorded.add(
                    new Recorded(mention.type(), mention.normalisedKey(), locator, mention.startOffset())),
            TextEntityExtractor.standard("VN"), new PhoneNumbers("VN"));

    @Test
    void aPartyIsASourceOncePerConversationWhileWhatBodiesSayIsASourcePerMessage() {
        for (int i = 1; i <= 3; i++) {
            recorder.recordMessage(message("sms:_id=" + i, "thread:1", "0912 345 678", "120 kg vảy tê tê, lần " + i));
        }
        recorder.recordMessage(message("sms:_id=4", "thread:2", "0912345678", "ok"));
        recorder.recordMessage(message("sms:_id=5", "thread:2", "0983 111 222", "ok"));

        assertThat(recorded).filteredOn(r -> r.type() == EntityType.PHONE)
                .extracting(Recorded::key, Recorded::locator)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("+84912345678", "sms:_id=1"),
                        org.assertj.core.groups.Tuple.tuple("+84912345678", "sms:_id=4"),
                        org.assertj.core.groups.Tuple.tuple("+84983111222", "sms:_id=5"));
        assertThat(recorded).filteredOn(r -> r.type() == EntityType.SPECIES).extracting(Recorded::locator)
                .containsExactly("sms:_id=1", "sms:_id=2", "sms:_id=3");
    }

    @Test
    void aMessageOutsideAnyConversationKeepsItsPartyAsItsOwnSource() {
        recorder.recordMessage(message("sms:_id=1", null, "0912 345 678", null));
        recorder.recordMessage(message("sms:_id=2", null, "0912 345 678", null));

        assertThat(recorded).extracting(Recorded::locator).containsExactly("sms:_id=1", "sms:_id=2");
    }

    private static Message message(String locator, String conversation, String from, String body) {
        return new Message(null, SourceRef.of(7, locator), conversation, "SMS", Direction.INCOMING,
                Party.of(from, null, null), List.of(),
                RecordedTime.of(OffsetDateTime.parse("2026-01-01T08:00:00+07:00")), body, "inbox", false, List.of());
    }
}
