package org.spoor.app.ui.evidence;

import org.spoor.exhibit.Exhibit;

/**
 * One node of the exhibits tree: an exhibit and whether items were found inside it, or (exhibit null) the
 * "more" node at the end of a long list of seized originals.
 *
 * @param more for the "more" node, how many originals are not shown yet
 */
public record TreeEntry(Exhibit exhibit, boolean hasChildren, int more) {

    public static TreeEntry of(Exhibit exhibit, boolean hasChildren) {
        return new TreeEntry(exhibit, hasChildren, 0);
    }

    public static TreeEntry moreOf(int remaining) {
        return new TreeEntry(null, false, remaining);
    }

    public boolean isMore() {
        return exhibit == null;
    }
}
