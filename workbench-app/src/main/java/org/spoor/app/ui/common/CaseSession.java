package org.spoor.app.ui.common;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.lucene.store.Directory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;
import org.spoor.search.SearchIndex;

/**
 * The case the window has open: the case file (its key and lock), the details read when it was opened,
 * so the window can show them without touching the database on the FX thread, and the case's search
 * index, opened once on first use and shared by the import wizard and the search view.
 */
public final class CaseSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseSession.class);

    private final CaseFile caseFile;
    private final Path folder;
    private final CaseDetails details;
    private Directory indexDirectory;
    private SearchIndex index;
    private boolean closed;

    public CaseSession(CaseFile caseFile, Path folder, CaseDetails details) {
        this.caseFile = caseFile;
        this.folder = folder;
        this.details = details;
    }

    public CaseFile caseFile() {
        return caseFile;
    }

    public Path folder() {
        return folder;
    }

    public CaseDetails details() {
        return details;
    }

    /**
     * The case's search index, opened on the first call (it reads and decrypts index files: call it off the
     * FX thread). An index writer holds the index's lock, so there is one per open case, never one per search.
     */
    public synchronized SearchIndex searchIndex() throws IOException {
        if (closed) {
            throw new IllegalStateException("The case " + folder + " is closed");
        }
        if (index == null) {
            indexDirectory = caseFile.openIndexDirectory();
            index = new SearchIndex(indexDirectory);
        }
        return index;
    }

    /** Commits and closes the search index, then the case file (wiping its key, releasing its lock). */
    @Override
    public void close() throws IOException {
        SearchIndex open;
        Directory directory;
        synchronized (this) {
            closed = true;
            open = index;
            directory = indexDirectory;
            index = null;
            indexDirectory = null;
        }
        try (Directory closing = directory) {
            if (open != null) {
                open.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The search index of {} did not close cleanly: {}", folder, e.toString(), e);
        } finally {
            caseFile.close();
        }
    }
}
