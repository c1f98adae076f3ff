package org.spoor.search.watch;

import org.spoor.search.snippet.Snippet;

/**
 * A watch-list entry found in an exhibit.
 *
 * @param context the words around the first place it was found, the hit marked
 */
public record WatchHit(long watchListId, String watchListName, String entry, long exhibitId, String fileName,
                       Snippet context) {
}
