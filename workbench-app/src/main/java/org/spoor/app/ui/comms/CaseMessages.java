package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.spoor.comms.Message;
import org.spoor.comms.MessageGroup;
import org.spoor.comms.MessageOverview;
import org.spoor.comms.MessageRepository;

/**
 * A case's messages as the views read them: counted in groups for the overviews, a thread's newest page when
 * it is opened, all of them one by one for the timeline. Never a list of every message: a seized phone holds
 * a million. Reads the database, so only ever called from a background task.
 */
public interface CaseMessages {

    /** Messages counted by exhibit, conversation, app, direction and parties. */
    List<MessageGroup> groups();

    /** The newest {@code newest} messages of a thread's groups, in time order (undated last). */
    List<Message> newestOf(Collection<MessageGroup> thread, int newest);

    /** Every message, exhibit by exhibit, in time order within each. */
    void forEach(Consumer<Message> each);

    /** The time of every dated message of the group, in no particular order, without reading the messages. */
    void forEachTime(MessageGroup group, Consumer<Instant> each);

    /** The case's messages through {@code overview}, read once by {@link MessageRepository#overview()}. */
    static CaseMessages of(MessageRepository repository, MessageOverview overview) {
        return new CaseMessages() {
            @Override
            public List<MessageGroup> groups() {
                return overview.groups();
            }

            @Override
            public List<Message> newestOf(Collection<MessageGroup> thread, int newest) {
                return repository.byIds(overview.newestIds(thread, newest));
            }

            @Override
            public void forEach(Consumer<Message> each) {
                for (long exhibitId : repository.exhibitIds()) {
                    repository.forEachByExhibit(exhibitId, each);
                }
            }

            @Override
            public void forEachTime(MessageGroup group, Consumer<Instant> each) {
                overview.forEachTime(group, each);
            }
        };
    }

    /** Messages held in memory (a hand-made phone in tests), read the way the database reads them. */
    static CaseMessages inMemory(List<Message> messages) {
        List<Message> all = List.copyOf(messages);
        MessageOverview overview = MessageOverview.of(all);
        return new CaseMessages() {
            @Override
            public List<MessageGroup> groups() {
                return overview.groups();
            }

            @Override
            public List<Message> newestOf(Collection<MessageGroup> thread, int newest) {
                // The in-memory overview knows each message by its place in the list.
                return overview.newestIds(thread, newest).stream().map(i -> all.get(Math.toIntExact(i))).toList();
            }

            @Override
            public void forEach(Consumer<Message> each) {
                all.stream().sorted(Comparator.comparingLong((Message m) -> m.source().exhibitId())
                        .thenComparing(m -> m.sentAt() == null ? null : m.sentAt().instant(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(m -> m.id() == null ? 0L : m.id())).forEach(each);
            }

            @Override
            public void forEachTime(MessageGroup group, Consumer<Instant> each) {
                overview.forEachTime(group, each);
            }
        };
    }
}
