package org.spoor.ingest.pipeline;

/**
 * Progress of an import in top-level files and bytes; the terminal and the GUI both draw it. Called
 * from worker threads: implementations hand it to their own thread.
 */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (filesDone, filesTotal, bytesDone, bytesTotal, current) -> { };

    void update(int filesDone, int filesTotal, long bytesDone, long bytesTotal, String current);

    /**
     * A phone artefact's records (messages, calls, contacts...) written so far, reported every few thousand:
     * one database of a million messages is one file of the import but minutes of its work.
     */
    default void records(String item, long written) {
    }

    /** Lets a long import be cancelled between files; what was done stays done and can resume. */
    default boolean cancelled() {
        return false;
    }
}
