package org.spoor.app.ui.comms;

import java.util.HashMap;
import java.util.Map;

import org.spoor.comms.Device;
import org.spoor.exhibit.Exhibit;

/**
 * Who "the phone owner" is for each exhibit of a dump: the owner number the extraction reports when it
 * has one; otherwise the evidence bag (seal) the phone's files came in, since raw databases such as
 * {@code mmssms.db} do not say whose phone they are; otherwise the exhibit itself.
 */
public final class PhoneOwners {

    private final CaseComms comms;
    private final Map<Long, String> ownerNumbers = new HashMap<>();

    public PhoneOwners(CaseComms comms) {
        this.comms = comms;
        for (Device device : comms.devices()) {
            if (device.ownerNumber() != null) {
                ownerNumbers.putIfAbsent(device.source().exhibitId(), device.ownerNumber());
            }
        }
    }

    /** A stable key for the owner of the phone the exhibit came from. */
    public String keyOf(long exhibitId) {
        String number = ownerNumbers.get(exhibitId);
        if (number != null) {
            return number;
        }
        Exhibit exhibit = comms.exhibits().get(exhibitId);
        if (exhibit != null && exhibit.sealNo() != null && !exhibit.sealNo().isBlank()) {
            return "seal:" + exhibit.sealNo();
        }
        return exhibit == null ? "exhibit:" + exhibitId : "exhibit:" + exhibit.ref();
    }

    /** What people read: the owner's number (and name if an address book knows it), the seal or the ref. */
    public String labelOf(long exhibitId, String ownerWord) {
        String key = keyOf(exhibitId);
        if (key.startsWith("seal:") || key.startsWith("exhibit:")) {
            return ownerWord + " (" + key.substring(key.indexOf(':') + 1) + ")";
        }
        String name = comms.names().get(key);
        return name == null ? key : key + " (" + name + ")";
    }
}
