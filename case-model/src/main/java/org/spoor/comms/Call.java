package org.spoor.comms;

/** One call-log entry normalised; answered is null when the source does not say. */
public record Call(Long id, SourceRef source, String service, Direction direction, Party counterpart,
        RecordedTime startedAt, Long durationSeconds, Boolean answered, boolean deleted) {

    public Call withId(long newId) {
        return new Call(newId, source, service, direction, counterpart, startedAt, durationSeconds, answered,
                deleted);
    }
}
