package org.spoor.app.ui.comms;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spoor.comms.Call;
import org.spoor.comms.Contact;
import org.spoor.comms.Device;
import org.spoor.comms.Location;
import org.spoor.comms.SourceRef;
import org.spoor.comms.Message;
import org.spoor.comms.MessageGroup;
import org.spoor.comms.Party;
import org.spoor.exhibit.Exhibit;

/**
 * What the communications, network and timeline views read from a case, in one snapshot: the messages of
 * every phone counted in groups (a thread's messages are read when it is opened), the calls, the address
 * books, the phones' own identity and the exhibits they cite. Read once in the background; the views only
 * arrange it.
 */
public record CaseComms(CaseMessages messages, List<Call> calls, List<Contact> contacts, List<Device> devices,
                        Map<String, String> names, Map<Long, Exhibit> exhibits,
                        Map<SourceRef, Location> sharedLocations) {

    /** A snapshot of messages held in memory (tests, a hand-made phone). */
    public CaseComms(List<Message> messages, List<Call> calls, List<Contact> contacts, List<Device> devices,
                     Map<String, String> names, Map<Long, Exhibit> exhibits, Map<SourceRef, Location> sharedLocations) {
        this(CaseMessages.inMemory(messages), calls, contacts, devices, names, exhibits, sharedLocations);
    }

    /** A snapshot of messages held in memory, without phone positions. */
    public CaseComms(List<Message> messages, List<Call> calls, List<Contact> contacts, List<Device> devices,
                     Map<String, String> names, Map<Long, Exhibit> exhibits) {
        this(messages, calls, contacts, devices, names, exhibits, Map.of());
    }

    public CaseComms {
        sharedLocations = Map.copyOf(sharedLocations);
        calls = List.copyOf(calls);
        contacts = List.copyOf(contacts);
        devices = List.copyOf(devices);
        names = Map.copyOf(names);
        exhibits = Map.copyOf(exhibits);
    }

    /** The case's messages counted by exhibit, conversation, app, direction and parties. */
    public List<MessageGroup> messageGroups() {
        return messages.groups();
    }

    /** How many messages the case holds. */
    public long messageCount() {
        return messageGroups().stream().mapToLong(MessageGroup::count).sum();
    }

    /**
     * The position a message carried (a WhatsApp shared location): the location record of the same row
     * of the same exhibit, or null. {@code sharedLocations} holds the case's locations by their source row.
     */
    public Location sharedBy(Message message) {
        return sharedLocations.get(message.source());
    }

    public Optional<Exhibit> exhibit(long id) {
        return Optional.ofNullable(exhibits.get(id));
    }

    /** The name the record gives the party, else the one an address book of the case gives its number. */
    public String nameOf(Party party) {
        if (party == null) {
            return null;
        }
        if (party.displayName() != null && !party.displayName().isBlank()) {
            return party.displayName();
        }
        return party.key() == null ? null : names.get(party.key());
    }

    /** "SPR-0003 · sms:_id=4": where a record came from, as the bundle cites it. */
    public String citation(org.spoor.comms.SourceRef source) {
        String ref = exhibit(source.exhibitId()).map(Exhibit::ref).orElse("#" + source.exhibitId());
        return ref + " · " + source.locator();
    }
}
