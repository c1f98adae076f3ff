package org.spoor.comms;

/** A place the phone recorded (a fix, a shared location, a photo's GPS), WGS 84 degrees. */
public record Location(Long id, SourceRef source, double latitude, double longitude, RecordedTime recordedAt,
        Double accuracyMetres, String origin, String label) {

    public Location withId(long newId) {
        return new Location(newId, source, latitude, longitude, recordedAt, accuracyMetres, origin, label);
    }
}
