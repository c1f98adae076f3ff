package org.spoor.entity;

import java.util.List;

/**
 * One real-world identifier of a case (a phone number, an IBAN, a species). The normalised key is
 * what makes two mentions the same entity (E.164 for numbers, a taxon for species); aliases are
 * other keys known to mean the same one.
 */
public record Entity(long id, EntityType type, String normalisedKey, String displayValue, List<String> aliases) {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
