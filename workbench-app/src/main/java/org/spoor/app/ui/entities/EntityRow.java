package org.spoor.app.ui.entities;

import java.util.List;

import org.spoor.entity.EntityType;

/** One entity in the table: its type, how people write it, its key, other keys, and how often it was found. */
public record EntityRow(long id, EntityType type, String display, String key, List<String> aliases,
                        int sourceCount) {

    public EntityRow {
        aliases = List.copyOf(aliases);
    }
}
