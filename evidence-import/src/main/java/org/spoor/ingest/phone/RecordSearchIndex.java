package org.spoor.ingest.phone;

import org.spoor.comms.Message;

/**
 * Makes a phone's messages searchable one by one as they are read, so a search lands on the message
 * itself rather than on the database that holds a million of them.
 */
public interface RecordSearchIndex {

    /** A writer that indexes nothing (tests, benchmarks of the database write alone). */
    RecordSearchIndex NONE = new RecordSearchIndex() {
        @Override
        public void message(Message message) {
        }

        @Override
        public void discard(long exhibitId) {
        }
    };

    /** Called on the parser's thread, once per message read. */
    void message(Message message);

    /** The exhibit's write failed: none of its records may stay findable. */
    void discard(long exhibitId);
}
