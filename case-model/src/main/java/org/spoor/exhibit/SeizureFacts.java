package org.spoor.exhibit;

import java.time.Instant;

/** Where, when and under which seal an item was seized, and who holds it. */
public record SeizureFacts(String place, Instant seizedAt, String sealNo, String custodian) {

    public static SeizureFacts unknown() {
        return new SeizureFacts(null, null, null, null);
    }
}
