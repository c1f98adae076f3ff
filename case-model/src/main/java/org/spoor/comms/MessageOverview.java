package org.spoor.comms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A case's messages as the overviews need them, read in one pass: the counted {@link MessageGroup}s, and
 * for each group the time and id of its messages (16 bytes a message). A thread's newest page is then read
 * by id; finding it by its conversation or parties would scan every message of the phone (seconds for a
 * million), and an index on them would cost every import a fifth of its speed (measured: 13.4k → 10.9k
 * messages/s for a million).
 */
public final class MessageOverview {

    /** Sorts undated messages after every dated one, as the lists do. */
    private static final long UNDATED = Long.MAX_VALUE;

    private final List<MessageGroup> groups;
    private final Map<MessageGroup, Members> members;

    private MessageOverview(List<MessageGroup> groups, Map<MessageGroup, Members> members) {
        this.groups = groups;
        this.members = members;
    }

    /**
     * The overview of messages held in memory (a hand-made phone in tests), grouped as the case's own are;
     * each message is known by its place in the list, which {@link #newestIds} returns.
     */
    public static MessageOverview of(List<Message> messages) {
        Builder overview = new Builder();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            Party sender = m.sender();
            overview.add(i, m.source().exhibitId(), m.conversationKey(), m.service(), m.direction().name(),
                    sender == null ? null : sender.raw(), sender == null ? null : sender.normalised(),
                    sender == null ? null : sender.displayName(), MessageRepository.joinedKeys(m.recipients()),
                    m.sentAt() == null ? null : m.sentAt().instant());
        }
        return overview.build();
    }

    /** The groups, oldest first within each exhibit. */
    public List<MessageGroup> groups() {
        return groups;
    }

    /**
     * The ids of the newest {@code newest} messages of these groups (a chat thread), in time order with the
     * undated last. Groups not of this overview hold nothing.
     */
    public List<Long> newestIds(Collection<MessageGroup> thread, int newest) {
        int total = 0;
        for (MessageGroup g : thread) {
            Members m = members.get(g);
            total += m == null ? 0 : m.size;
        }
        long[][] all = new long[total][];
        int n = 0;
        for (MessageGroup g : thread) {
            Members m = members.get(g);
            for (int i = 0; m != null && i < m.size; i++) {
                all[n++] = new long[] {m.times[i], m.ids[i]};
            }
        }
        Arrays.sort(all, Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
        List<Long> ids = new ArrayList<>(Math.min(newest, total));
        for (int i = Math.max(0, total - newest); i < total; i++) {
            ids.add(all[i][1]);
        }
        return ids;
    }

    /** Calls {@code each} with the time of every dated message of the group, in no particular order. */
    public void forEachTime(MessageGroup group, Consumer<Instant> each) {
        Members m = members.get(group);
        for (int i = 0; m != null && i < m.size; i++) {
            if (m.times[i] != UNDATED) {
                each.accept(Instant.ofEpochSecond(Math.floorDiv(m.times[i], 1_000_000L),
                        Math.floorMod(m.times[i], 1_000_000L) * 1_000L));
            }
        }
    }

    /** Collects the rows of one pass over the messages; the groups are known in the order first met. */
    static final class Builder {
        private final Map<List<Object>, Tally> byKey = new HashMap<>();
        private final List<Tally> tallies = new ArrayList<>();

        /** One message: its parties as stored (sender columns, recipients joined), read into parties once a group. */
        void add(long id, long exhibitId, String conversationKey, String service, String direction, String senderRaw,
                 String sender, String senderName, String recipients, Instant sentAt) {
            List<Object> key = Arrays.asList(exhibitId, conversationKey, service, direction, senderRaw, sender,
                    senderName, recipients);
            Tally tally = byKey.get(key);
            if (tally == null) {
                tally = new Tally(exhibitId, conversationKey, service, Direction.valueOf(direction),
                        MessageRepository.sender(senderRaw, sender, senderName),
                        MessageRepository.recipientsOf(recipients));
                byKey.put(key, tally);
                tallies.add(tally);
            }
            tally.add(id, sentAt);
        }

        MessageOverview build() {
            Map<MessageGroup, Members> members = new IdentityHashMap<>();
            List<MessageGroup> groups = new ArrayList<>(tallies.size());
            for (Tally t : tallies) {
                MessageGroup group = new MessageGroup(t.exhibitId, t.conversationKey, t.service, t.direction, t.sender,
                        t.recipients, t.members.size, t.first, t.last);
                groups.add(group);
                members.put(group, t.members);
            }
            groups.sort(Comparator.comparingLong(MessageGroup::exhibitId)
                    .thenComparing(MessageGroup::first, Comparator.nullsLast(Comparator.naturalOrder())));
            return new MessageOverview(List.copyOf(groups), members);
        }
    }

    private static final class Tally {
        private final long exhibitId;
        private final String conversationKey;
        private final String service;
        private final Direction direction;
        private final Party sender;
        private final List<Party> recipients;
        private final Members members = new Members();
        private Instant first;
        private Instant last;

        Tally(long exhibitId, String conversationKey, String service, Direction direction, Party sender,
              List<Party> recipients) {
            this.exhibitId = exhibitId;
            this.conversationKey = conversationKey;
            this.service = service;
            this.direction = direction;
            this.sender = sender;
            this.recipients = recipients;
        }

        void add(long id, Instant at) {
            members.add(at == null ? UNDATED : at.getEpochSecond() * 1_000_000L + at.getNano() / 1_000, id);
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
    }

    /** The messages of one group: time (epoch microseconds) and id, side by side in growing arrays. */
    private static final class Members {
        private long[] times = new long[16];
        private long[] ids = new long[16];
        private int size;

        void add(long time, long id) {
            if (size == times.length) {
                times = Arrays.copyOf(times, size * 2);
                ids = Arrays.copyOf(ids, size * 2);
            }
            times[size] = time;
            ids[size] = id;
            size++;
        }
    }
}
