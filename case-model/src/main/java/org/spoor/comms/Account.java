package org.spoor.comms;

/** An account of the phone's owner in an app (a WhatsApp number, an Instagram id). */
public record Account(Long id, SourceRef source, String service, String identifierRaw, String identifier,
        String displayName) {

    public Account withId(long newId) {
        return new Account(newId, source, service, identifierRaw, identifier, displayName);
    }
}
