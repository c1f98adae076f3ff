package org.spoor.app.ui.evidence;

import java.util.List;
import java.util.Optional;

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

    Optional<Exhibit> byId(long exhibitId);

    /** The row of {@code exhibitId} in {@link #page} order, so the table can scroll to it. */
    int positionOf(long exhibitId);
}
