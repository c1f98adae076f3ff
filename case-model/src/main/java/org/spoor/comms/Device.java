package org.spoor.comms;

/** The seized phone itself: its owner's number (MSISDN) and IMEI as the extraction reports them. */
public record Device(Long id, SourceRef source, String ownerNumberRaw, String ownerNumber, String imei,
        String deviceName, String model) {

    public Device withId(long newId) {
        return new Device(newId, source, ownerNumberRaw, ownerNumber, imei, deviceName, model);
    }
}
