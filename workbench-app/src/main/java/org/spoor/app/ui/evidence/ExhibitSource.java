package org.spoor.app.ui.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.spoor.exhibit.Exhibit;

/**
 * Where the evidence view reads exhibits from, a page at a time: the open case (a stub in tests). Every
 * method touches the database: call them from background tasks only.
 */
public interface ExhibitSource {

    int count();

    /** Exhibits in reference order (by id), skipping {@code offset}. */
    List<Exhibit> page(int offset, int limit);

    /** Seized originals, not items found inside others, in reference order. */
    List<Exhibit> topLevel(int offset, int limit);

    int topLevelCount();

    /** Items found inside {@code parentId} (archive entries, attachments, embedded files). */
    List<Exhibit> children(long parentId);

    boolean hasChildren(long exhibitId);

    /** Which of {@code exhibitIds} hold items, in one read (a page of the tree at a time). */
    default Set<Long> withChildren(Collection<Long> exhibitIds) {
        return exhibitIds.stream().filter(this::hasChildren).collect(Collectors.toSet());
    }

    Optional<Exhibit> byId(long exhibitId);

    /** The row of {@code exhibitId} in {@link #page} order, so the table can scroll to it. */
    int positionOf(long exhibitId);
}
