package org.spoor.app.ui.evidence;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.collections.ObservableListBase;

import org.spoor.app.ui.common.Tasks;
import org.spoor.exhibit.Exhibit;

/**
 * All the case's exhibits as one list the table can virtualise, without ever holding them all: the
 * size is a count, and {@link #get} answers from a small cache of pages. A row not read yet is
 * {@code null} (drawn as "…") and its page is read in the background; when it arrives the rows are
 * replaced, so the table redraws just them. Least recently used pages are dropped beyond
 * {@link #MAX_PAGES}, so 100,000 exhibits cost as much memory as 2,000. Searching the list ({@link #indexOf})
 * looks in the pages held only, and never reads a page.
 *
 * <p>FX thread only, like any list a control shows.
 */
public final class PagedExhibits extends ObservableListBase<Exhibit> {

    public static final int PAGE_SIZE = 100;
    public static final int MAX_PAGES = 20;

    private final ExhibitSource source;
    private final Tasks tasks;
    private final Map<Integer, List<Exhibit>> pages = new LinkedHashMap<>(MAX_PAGES * 2, 0.75f, true);
    private final Set<Integer> loading = new HashSet<>();
    private int size;
    private int generation;

    public PagedExhibits(ExhibitSource source, Tasks tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /** The row at {@code index}, or null while its page is being read. */
    @Override
    public Exhibit get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index + " of " + size);
        }
        int page = index / PAGE_SIZE;
        List<Exhibit> rows = pages.get(page);
        if (rows == null) {
            load(page);
            return null;
        }
        int inPage = index % PAGE_SIZE;
        return inPage < rows.size() ? rows.get(inPage) : null;
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * Looks only in the pages held. The table's selection model asks for the selected item's index after every
     * change; the list's inherited search would walk all rows and so read every page of the case.
     */
    @Override
    public int indexOf(Object item) {
        if (item == null) {
            return -1;
        }
        for (Map.Entry<Integer, List<Exhibit>> page : pages.entrySet()) {
            int inPage = page.getValue().indexOf(item);
            if (inPage >= 0) {
                return page.getKey() * PAGE_SIZE + inPage;
            }
        }
        return -1;
    }

    /** Exhibits are unique in the list, so the last index is the first. */
    @Override
    public int lastIndexOf(Object item) {
        return indexOf(item);
    }

    @Override
    public boolean contains(Object item) {
        return indexOf(item) >= 0;
    }

    /** Forgets every page and takes the new count (after an import); rows are read again as they are shown. */
    public void reset(int newSize) {
        generation++;
        pages.clear();
        loading.clear();
        beginChange();
        if (size > 0) {
            nextRemove(0, Collections.<Exhibit>nCopies(size, null));
        }
        size = newSize;
        if (newSize > 0) {
            nextAdd(0, newSize);
        }
        endChange();
    }

    /** Pages held now (for tests and the log: the point is that it stays small). */
    public int pagesHeld() {
        return pages.size();
    }

    private void load(int page) {
        if (!loading.add(page)) {
            return;
        }
        int asked = generation;
        tasks.background(() -> source.page(page * PAGE_SIZE, PAGE_SIZE))
                .onSuccess(rows -> arrived(asked, page, rows))
                .andFinally(() -> {
                    if (asked == generation) {
                        loading.remove(page);
                    }
                })
                .start();
    }

    private void arrived(int asked, int page, List<Exhibit> rows) {
        if (asked != generation) {
            return;
        }
        pages.put(page, List.copyOf(rows));
        while (pages.size() > MAX_PAGES) {
            Integer eldest = pages.keySet().iterator().next();
            pages.remove(eldest);
        }
        int from = page * PAGE_SIZE;
        int to = Math.min(size, from + rows.size());
        if (to > from) {
            beginChange();
            for (int i = from; i < to; i++) {
                nextSet(i, null);
            }
            endChange();
        }
    }
}
