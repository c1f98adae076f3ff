package org.spoor.app.ui.comms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.spoor.casefile.CaseFile;
import org.spoor.comms.Call;
import org.spoor.comms.CallRepository;
import org.spoor.comms.Contact;
import org.spoor.comms.ContactRepository;
import org.spoor.comms.DeviceRepository;
import org.spoor.comms.Location;
import org.spoor.comms.LocationRepository;
import org.spoor.comms.MessageRepository;
import org.spoor.comms.SourceRef;
import org.spoor.exhibit.Exhibit;

/** Where the views read a case's communications from: the open case (a hand-made snapshot in tests). */
@FunctionalInterface
public interface CommsSource {

    /** Reads the snapshot; slow (database), so only ever called from a background task. */
    CaseComms read() throws Exception;

    static CommsSource of(CaseFile caseFile) {
        return () -> {
            MessageRepository messageRepository = new MessageRepository(caseFile.db());
            CallRepository callRepository = new CallRepository(caseFile.db());
            List<Call> calls = new ArrayList<>();
            for (long exhibitId : callRepository.exhibitIds()) {
                calls.addAll(callRepository.findByExhibit(exhibitId));
            }
            ContactRepository contactRepository = new ContactRepository(caseFile.db());
            List<Contact> contacts = new ArrayList<>();
            for (long exhibitId : contactRepository.exhibitIds()) {
                contacts.addAll(contactRepository.findByExhibit(exhibitId));
            }
            Map<Long, Exhibit> exhibits = new HashMap<>();
            for (Exhibit exhibit : caseFile.exhibits().all()) {
                exhibits.put(exhibit.id(), exhibit);
            }
            LocationRepository locationRepository = new LocationRepository(caseFile.db());
            Map<SourceRef, Location> locations = new HashMap<>();
            for (long exhibitId : messageRepository.exhibitIds()) {
                for (Location location : locationRepository.findByExhibit(exhibitId)) {
                    locations.putIfAbsent(location.source(), location);
                }
            }
            return new CaseComms(CaseMessages.of(messageRepository, messageRepository.overview()), calls, contacts,
                    new DeviceRepository(caseFile.db()).findAll(), contactRepository.namesByIdentifier(), exhibits,
                    locations);
        };
    }
}
