package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.spoor.comms.Message;
import org.spoor.comms.MessageGroup;
import org.spoor.comms.MessageOverview;
import org.spoor.comms.MessageRepository;

/**
 * A case's messages as the views read them: counted in groups for the overviews, a thread's newest page when
 * it is opened, all of them one by one for the timeline. Never a list of every message: a seized phone holds
 * a million. Reads the database, so only ever called from a background task.
 */
public final class CaseMessages {

    private final MessageOverview overview;
    private final Function<List<Long>, List<Message>> byIds;
    private final Consumer<Consumer<Message>> all;

    /**
     * @param byIds the messages the overview names, in the order given
     * @param all   hands every message over, exhibit by exhibit, in time order within each
     */
    private CaseMessages(MessageOverview overview, Function<List<Long>, List<Message>> byIds,
                         Consumer<Consumer<Message>> all) {
        this.overview = overview;
        this.byIds = byIds;
        this.all = all;
    }

    /** The case's messages through {@code overview}, read once by {@link MessageRepository#overview()}. */
    static CaseMessages of(MessageRepository repository, MessageOverview overview) {
        return new CaseMessages(overview, repository::byIds, each -> {
            for (long exhibitId : repository.exhibitIds()) {
                repository.forEachByExhibit(exhibitId, each);
            }
        });
    }

    /** Messages held in memory (a hand-made phone in tests), read the way the database reads them. */
    static CaseMessages inMemory(List<Message> messages) {
        List<Message> held = List.copyOf(messages);
        // The in-memory overview knows each message by its place in the list.
        return new CaseMessages(MessageOverview.of(held),
                places -> places.stream().map(place -> held.get(Math.toIntExact(place))).toList(),
                each -> held.stream().sorted(Comparator.comparingLong((Message m) -> m.source().exhibitId())
                        .thenComparing(m -> m.sentAt() == null ? null : m.sentAt().instant(),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(m -> m.id() == null ? 0L : m.id())).forEach(each));
    }

    /** Messages counted by exhibit, conversation, app, direction and parties. */
    public List<MessageGroup> groups() {
        return overview.groups();
    }

    /** The newest {@code newest} messages of a thread's groups, in time order (undated last). */
    public List<Message> newestOf(Collection<MessageGroup> thread, int newest) {
        return byIds.apply(overview.newestIds(thread, newest));
    }

    /** Every message, exhibit by exhibit, in time order within each. */
    public void forEach(Consumer<Message> each) {
        all.accept(each);
    }

    /** The time of every dated message of the group, in no particular order, without reading the messages. */
    public void forEachTime(MessageGroup group, Consumer<Instant> each) {
        overview.forEachTime(group, each);
    }
}
