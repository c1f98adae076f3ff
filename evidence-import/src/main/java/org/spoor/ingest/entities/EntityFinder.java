package org.spoor.ingest.entities;

import java.util.List;
import java.util.function.Predicate;
import org.spoor.entity.EntityMention;

/** Finds one kind of entity in a text; offsets are character positions in that text. */
interface EntityFinder {

    void find(String text, List<EntityMention> found);

    /** False when the text cannot hold this kind of entity, so the finder need not run. */
    default boolean mayOccurIn(TextTraits traits) {
        return true;
    }

    /** This finder, run only on texts that pass {@code gate}. */
    default EntityFinder onlyWhere(Predicate<TextTraits> gate) {
        EntityFinder finder = this;
        return new EntityFinder() {
            @Override
            public void find(String text, List<EntityMention> found) {
                finder.find(text, found);
            }

            @Override
            public boolean mayOccurIn(TextTraits traits) {
                return gate.test(traits);
            }
        };
    }
}
