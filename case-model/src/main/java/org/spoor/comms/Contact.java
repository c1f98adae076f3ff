package org.spoor.comms;

import java.util.List;

/** An address-book or app contact with every number, e-mail and user id stored for it. */
public record Contact(Long id, SourceRef source, String service, String displayName,
        List<ContactIdentifier> identifiers) {

    public Contact {
        identifiers = List.copyOf(identifiers);
    }

    public Contact withId(long newId) {
        return new Contact(newId, source, service, displayName, identifiers);
    }
}
