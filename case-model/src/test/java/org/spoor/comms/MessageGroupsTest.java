package org.spoor.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The overviews read groups of messages, and a thread its newest page, instead of every message. */
class MessageGroupsTest {

    private static final Party HUNG = Party.of("0912 345 678", "+84912345678", null);
    private static final Party TUAN = Party.of("0987654321", "+84987654321", "Tuấn");
    private static final Instant T0 = Instant.parse("2026-03-10T01:00:00Z");

    private CommsTestDatabase database;
    private long exhibit;
    private MessageRepository repository;
    private final List<Message> written = new ArrayList<>();

    @BeforeEach
    void openCase() throws Exception {
        database = new CommsTestDatabase();
        exhibit = database.exhibit(7, "mmssms.db");
        repository = new MessageRepository(database.db);
        // Thread 7 with Hùng: he writes, the owner answers; loose SMS from Tuấn (no thread); one undated.
        for (int i = 0; i < 10; i++) {
            boolean in = i % 2 == 0;
            write("sms:_id=" + i, "thread:7", in ? Direction.INCOMING : Direction.OUTGOING, in ? HUNG : null,
                    in ? List.of() : List.of(HUNG), T0.plusSeconds(60L * i), "tin " + i);
        }
        write("sms:_id=20", null, Direction.INCOMING, TUAN, List.of(), T0.plusSeconds(5), "hàng về");
        write("sms:_id=21", null, Direction.INCOMING, TUAN, List.of(), T0.plusSeconds(7200), "vảy tê tê 12 kg");
        write("sms:_id=22", "thread:7", Direction.INCOMING, HUNG, List.of(), null, "không ngày");
        repository.addAll(written);
    }

    @AfterEach
    void closeCase() throws Exception {
        database.close();
    }

    @Test
    void theDatabaseCountsTheSameGroupsAsTheMessagesInMemory() {
        List<MessageGroup> groups = repository.overview().groups();

        assertThat(groups).hasSize(3);
        assertThat(groups).usingRecursiveFieldByFieldElementComparatorIgnoringFields("recipients", "sender")
                .containsExactlyInAnyOrderElementsOf(MessageOverview.of(repository.findByExhibit(exhibit)).groups());
        MessageGroup fromHung = groups.stream().filter(g -> g.direction() == Direction.INCOMING
                && "thread:7".equals(g.conversationKey())).findFirst().orElseThrow();
        assertThat(fromHung.count()).isEqualTo(6);
        assertThat(fromHung.first()).isEqualTo(T0);
        assertThat(fromHung.last()).isEqualTo(T0.plusSeconds(480));
        assertThat(fromHung.sender().normalised()).isEqualTo("+84912345678");
        MessageGroup fromTuan = groups.stream().filter(g -> g.conversationKey() == null).findFirst().orElseThrow();
        assertThat(fromTuan.count()).isEqualTo(2);
        assertThat(fromTuan.sender().displayName()).isEqualTo("Tuấn");
        assertThat(groups.stream().mapToLong(MessageGroup::count).sum()).isEqualTo(written.size());
    }

    @Test
    void aThreadOpensAtItsNewestMessagesInTimeOrderWithTheUndatedLast() {
        MessageOverview overview = repository.overview();
        List<MessageGroup> thread = overview.groups().stream()
                .filter(g -> "thread:7".equals(g.conversationKey())).toList();

        List<Message> newest = repository.byIds(overview.newestIds(thread, 4));

        assertThat(newest).extracting(Message::body).containsExactly("tin 7", "tin 8", "tin 9", "không ngày");
        assertThat(newest).allSatisfy(m -> assertThat(thread.stream().anyMatch(g -> inGroup(g, m))).isTrue());
        assertThat(newest.get(0).conversationKey()).isEqualTo("thread:7");
        assertThat(overview.newestIds(thread, 100)).hasSize(11);
        List<Instant> times = new ArrayList<>();
        thread.forEach(g -> overview.forEachTime(g, times::add));
        assertThat(times).hasSize(10).contains(T0, T0.plusSeconds(540));
    }

    @Test
    void aLooseThreadHoldsOnlyItsOwnGroupsMessages() {
        MessageOverview overview = repository.overview();
        List<MessageGroup> loose = overview.groups().stream().filter(g -> g.conversationKey() == null).toList();

        assertThat(repository.byIds(overview.newestIds(loose, 100))).extracting(Message::body)
                .containsExactly("hàng về", "vảy tê tê 12 kg");
        assertThat(overview.newestIds(List.of(), 100)).isEmpty();
        assertThat(repository.byIds(List.of())).isEmpty();
    }

    @Test
    void aCursorHandsOverEveryMessageInTimeOrder() {
        List<String> seen = new ArrayList<>();

        repository.forEachByExhibit(exhibit, m -> seen.add(m.source().locator()));

        assertThat(seen).hasSize(written.size()).startsWith("sms:_id=0", "sms:_id=20", "sms:_id=1")
                .endsWith("sms:_id=21", "sms:_id=22");
    }

    /** The message's exhibit, conversation, app, direction and parties are the group's. */
    private static boolean inGroup(MessageGroup g, Message m) {
        return m.source().exhibitId() == g.exhibitId() && Objects.equals(m.conversationKey(), g.conversationKey())
                && Objects.equals(m.service(), g.service()) && m.direction() == g.direction()
                && Objects.equals(m.sender(), g.sender())
                && m.recipients().stream().map(Party::key).toList()
                        .equals(g.recipients().stream().map(Party::key).toList());
    }

    private void write(String locator, String conversation, Direction direction, Party sender, List<Party> to,
                       Instant at, String body) {
        written.add(new Message(null, SourceRef.of(exhibit, locator), conversation, "SMS", direction, sender, to,
                at == null ? null : RecordedTime.utc(at), body, null, false, List.of()));
    }
}
