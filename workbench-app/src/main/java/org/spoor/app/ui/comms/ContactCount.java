package org.spoor.app.ui.comms;

import java.time.Instant;

/**
 * How often a phone's owner and one other party were in touch: messages and calls either way, with the
 * first and last contact (null when no record of theirs is dated).
 */
public record ContactCount(String ownerKey, String ownerLabel, String partyKey, String partyName, long messages,
                           long calls, Instant first, Instant last) {

    public long total() {
        return messages + calls;
    }
}
