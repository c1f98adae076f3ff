package org.spoor.ingest.phone;

import org.spoor.comms.Party;
import org.spoor.ingest.entities.NormalisedNumber;
import org.spoor.ingest.entities.PhoneNumbers;

/** Turns the identifiers phone databases store (numbers, JIDs, e-mails) into parties. */
public final class Parties {

    private Parties() {
    }

    public static Party of(PhoneNumbers numbers, String raw, String name) {
        return of(numbers, raw, name, false);
    }

    public static Party of(PhoneNumbers numbers, String raw, String name, boolean owner) {
        if (raw == null || raw.isBlank()) {
            return name == null ? null : new Party(raw, null, name, owner);
        }
        String trimmed = raw.trim();
        if (trimmed.contains("@") && !PhoneNumbers.isUserJid(trimmed)) {
            // An e-mail (iMessage), a group JID or a service address: compared in lower case.
            return new Party(raw, trimmed.toLowerCase(java.util.Locale.ROOT), name, owner);
        }
        NormalisedNumber n = numbers.normalise(trimmed);
        return new Party(raw, n.e164(), name, owner);
    }
}
