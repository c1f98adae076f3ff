package org.spoor.app.ui.timeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.comms.CaseComms;
import org.spoor.app.ui.comms.ContactTally;
import org.spoor.comms.Call;
import org.spoor.comms.Message;
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

    public static List<TimelineEvent> from(CaseComms comms, List<ExhibitContent> photos, Messages messages) {
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
        for (Message message : comms.messages()) {
            if (message.sentAt() != null) {
                String body = message.body() == null ? "" : message.body();
                events.add(new TimelineEvent(message.sentAt().instant(), TimelineEvent.Lane.MESSAGE,
                        messages.format("timeline.message", who(comms, ContactTally.counterparts(message)),
                                body.length() > 80 ? body.substring(0, 80) + "…" : body),
                        comms.citation(message.source())));
            }
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
