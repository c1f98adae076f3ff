package org.spoor.app.ui.timeline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.comms.CaseComms;
import org.spoor.app.ui.comms.ContactTally;
import org.spoor.app.ui.comms.Conversations;
import org.spoor.comms.Call;
import org.spoor.comms.Message;
import org.spoor.comms.MessageGroup;
import org.spoor.comms.Party;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;

/**
 * The dated events of a case: each seizure (exhibits seized at one time and place under one seal are
 * one event), each photo's capture time, each message and call. Undated records are left out.
 */
public final class TimelineEvents {

    private TimelineEvents() {
    }

    /**
     * Messages shown one by one up to this many; beyond, each thread's day is one event ("Hùng: 412 messages
     * that day"): a phone of a million messages is a pattern on the timeline, read in the communications view.
     */
    static final int MESSAGES_ONE_BY_ONE = 20_000;

    public static List<TimelineEvent> from(CaseComms comms, List<ExhibitContent> photos, Messages messages,
                                           ZoneId zone) {
        List<TimelineEvent> events = new ArrayList<>();
        seizures(comms, messages, events);
        for (ExhibitContent photo : photos) {
            if (photo.photoTakenAt() != null) {
                Exhibit exhibit = comms.exhibits().get(photo.exhibitId());
                String name = exhibit == null ? "" : exhibit.originalName();
                String ref = exhibit == null ? "#" + photo.exhibitId() : exhibit.ref();
                events.add(new TimelineEvent(photo.photoTakenAt(), TimelineEvent.Lane.PHOTO,
                        messages.format("timeline.photo", name,
                                photo.photoDevice() == null ? "—" : photo.photoDevice()), ref));
            }
        }
        if (comms.messageCount() <= MESSAGES_ONE_BY_ONE) {
            comms.messages().forEach(message -> {
                if (message.sentAt() != null) {
                    String body = message.body() == null ? "" : message.body();
                    events.add(new TimelineEvent(message.sentAt().instant(), TimelineEvent.Lane.MESSAGE,
                            messages.format("timeline.message", who(comms, ContactTally.counterparts(message)),
                                    body.length() > 80 ? body.substring(0, 80) + "…" : body),
                            comms.citation(message.source())));
                }
            });
        } else {
            daysOfThreads(comms, messages, zone, events);
        }
        for (Call call : comms.calls()) {
            if (call.startedAt() != null) {
                events.add(new TimelineEvent(call.startedAt().instant(), TimelineEvent.Lane.CALL,
                        messages.format("timeline.call", who(comms, call.counterpart() == null ? List.of()
                                : List.of(call.counterpart())), call.durationSeconds() == null ? 0
                                : call.durationSeconds()), comms.citation(call.source())));
            }
        }
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    /**
     * One event per thread and day (in the investigator's zone), at that day's first message, counted from the
     * message times of the overview without reading a single message.
     */
    private static void daysOfThreads(CaseComms comms, Messages messages, ZoneId zone, List<TimelineEvent> events) {
        Map<String, ThreadDay> days = new LinkedHashMap<>();
        for (MessageGroup group : comms.messageGroups()) {
            Message sample = group.sample();
            String thread = Conversations.threadKey(sample);
            String who = who(comms, ContactTally.counterparts(sample));
            String citation = comms.exhibit(group.exhibitId()).map(Exhibit::ref).orElse("#" + group.exhibitId())
                    + (group.conversationKey() == null ? "" : " · " + group.conversationKey());
            comms.messages().forEachTime(group, at -> {
                ThreadDay day = days.computeIfAbsent(thread + "\u0000" + LocalDate.ofInstant(at, zone),
                        k -> new ThreadDay(who, citation));
                day.add(at);
            });
        }
        for (ThreadDay day : days.values()) {
            events.add(new TimelineEvent(day.first, TimelineEvent.Lane.MESSAGE,
                    messages.format("timeline.messagesOfDay", day.who, day.count), day.citation));
        }
    }

    /** A thread's messages of one day: the first one's time, the party, where they are, and how many. */
    private static final class ThreadDay {
        private final String who;
        private final String citation;
        private Instant first;
        private long count;

        ThreadDay(String who, String citation) {
            this.who = who;
            this.citation = citation;
        }

        void add(Instant at) {
            first = first == null || at.isBefore(first) ? at : first;
            count++;
        }
    }

    private static void seizures(CaseComms comms, Messages messages, List<TimelineEvent> events) {
        Map<String, List<Exhibit>> seizures = new LinkedHashMap<>();
        comms.exhibits().values().stream().filter(e -> e.seizedAt() != null && e.parentId() == null)
                .sorted(Comparator.comparing(Exhibit::id))
                .forEach(e -> seizures.computeIfAbsent(e.seizedAt() + "|" + e.seizedPlace() + "|" + e.sealNo(),
                        k -> new ArrayList<>()).add(e));
        for (List<Exhibit> seized : seizures.values()) {
            Exhibit first = seized.get(0);
            Instant at = first.seizedAt();
            String refs = seized.size() == 1 ? first.ref() : first.ref() + " … " + seized.get(seized.size() - 1).ref();
            events.add(new TimelineEvent(at, TimelineEvent.Lane.SEIZURE, messages.format("timeline.seizure",
                    first.seizedPlace() == null ? "—" : first.seizedPlace(),
                    first.sealNo() == null ? "—" : first.sealNo(), seized.size()), refs));
        }
    }

    private static String who(CaseComms comms, List<Party> parties) {
        if (parties.isEmpty()) {
            return "?";
        }
        Party party = parties.get(0);
        String name = comms.nameOf(party);
        return name == null ? String.valueOf(party.key()) : name;
    }
}
