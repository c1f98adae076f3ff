package org.spoor.app.ui.comms;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoor.comms.Call;
import org.spoor.comms.Direction;
import org.spoor.comms.Message;
import org.spoor.comms.Party;
import org.spoor.comms.MessageGroup;

/**
 * Who contacted whom: every message and call counted once for the pair (phone owner, other party), the
 * other party being the sender of what came in and each recipient of what went out. Most contact first.
 */
public final class ContactTally {

    private final CaseComms comms;
    private final PhoneOwners owners;
    private final String ownerWord;
    private final Map<String, Tally> pairs = new LinkedHashMap<>();

    private ContactTally(CaseComms comms, String ownerWord) {
        this.comms = comms;
        this.owners = new PhoneOwners(comms);
        this.ownerWord = ownerWord;
    }

    /** @param ownerWord how the view names an owner it only knows by seal or exhibit ("Phone owner") */
    public static List<ContactCount> count(CaseComms comms, String ownerWord) {
        ContactTally tally = new ContactTally(comms, ownerWord);
        for (MessageGroup group : comms.messageGroups()) {
            for (Party other : counterparts(group.sample())) {
                tally.add(group.exhibitId(), other, group.first(), group.last(), group.count(), true);
            }
        }
        for (Call call : comms.calls()) {
            if (call.counterpart() != null) {
                Instant at = call.startedAt() == null ? null : call.startedAt().instant();
                tally.add(call.source().exhibitId(), call.counterpart(), at, at, 1, false);
            }
        }
        List<ContactCount> counts = new ArrayList<>();
        tally.pairs.values().forEach(t -> counts.add(t.result()));
        counts.sort(Comparator.comparingLong(ContactCount::total).reversed()
                .thenComparing(ContactCount::partyKey));
        return counts;
    }

    /** The parties at the other end of a message: its sender if it came in, its recipients if it went out. */
    public static List<Party> counterparts(Message message) {
        if (message.direction() == Direction.OUTGOING) {
            return message.recipients();
        }
        return message.sender() == null || message.sender().phoneOwner() ? List.of() : List.of(message.sender());
    }

    private void add(long exhibitId, Party other, Instant first, Instant last, long count, boolean isMessage) {
        if (other.key() == null) {
            return;
        }
        String ownerKey = owners.keyOf(exhibitId);
        Tally tally = pairs.computeIfAbsent(ownerKey + "\u0000" + other.key(), k -> new Tally(ownerKey,
                owners.labelOf(exhibitId, ownerWord), other.key()));
        String name = comms.nameOf(other);
        if (tally.name == null && name != null) {
            tally.name = name;
        }
        if (isMessage) {
            tally.messages += count;
        } else {
            tally.calls += count;
        }
        if (first != null) {
            tally.first = tally.first == null || first.isBefore(tally.first) ? first : tally.first;
        }
        if (last != null) {
            tally.last = tally.last == null || last.isAfter(tally.last) ? last : tally.last;
        }
    }

    private static final class Tally {
        private final String ownerKey;
        private final String ownerLabel;
        private final String partyKey;
        private String name;
        private long messages;
        private long calls;
        private Instant first;
        private Instant last;

        Tally(String ownerKey, String ownerLabel, String partyKey) {
            this.ownerKey = ownerKey;
            this.ownerLabel = ownerLabel;
            this.partyKey = partyKey;
        }

        ContactCount result() {
            return new ContactCount(ownerKey, ownerLabel, partyKey, name, messages, calls, first, last);
        }
    }
}
