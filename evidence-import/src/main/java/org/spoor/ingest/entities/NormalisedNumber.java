package org.spoor.ingest.entities;

import java.util.List;

/**
 * A phone number as found (raw) and as Spoor compares it: E.164 when libphonenumber can read it,
 * null otherwise (short codes, garbage); aliases are other E.164 forms of the same line, such as a
 * Vietnamese mobile's pre-2018 eleven-digit form.
 */
public record NormalisedNumber(String raw, String e164, String display, List<String> aliases) {

    public NormalisedNumber {
        aliases = List.copyOf(aliases);
    }

    /** The key to compare by: E.164 if known, else the raw text. */
    public String key() {
        return e164 != null ? e164 : raw;
    }
}
