package org.spoor.ingest.entities;

import java.util.List;
import org.spoor.entity.EntityMention;

/** Finds one kind of entity in a text; offsets are character positions in that text. */
interface EntityFinder {

    void find(String text, List<EntityMention> found);
}
