package org.spoor.entity;

import java.util.List;

/**
 * An entity as an extractor found it in one text or field, before it is stored: the kind, the
 * normalised key and display form, aliases (other keys of the same identifier), and the raw text
 * with its offsets in the source (-1 for a structured field).
 */
public record EntityMention(EntityType type, String normalisedKey, String displayValue, List<Alias> aliases,
        String rawValue, int startOffset, int endOffset) {

    public EntityMention {
        aliases = List.copyOf(aliases);
    }

    public static EntityMention inText(EntityType type, String key, String display, String raw, int start,
            int end) {
        return new EntityMention(type, key, display, List.of(), raw, start, end);
    }

    public EntityMention withAliases(List<Alias> more) {
        return new EntityMention(type, normalisedKey, displayValue, more, rawValue, startOffset, endOffset);
    }

    /** Another normalised key of the same identifier, and why it is one. */
    public record Alias(String key, String reason) {
    }
}
