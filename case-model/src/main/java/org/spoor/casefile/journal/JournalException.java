package org.spoor.casefile.journal;

/** The journal itself is not what Spoor wrote: a record fails authentication or is malformed. */
public final class JournalException extends Exception {

    private final long seq;

    public JournalException(String reason, long seq) {
        super("Custody journal record " + seq + ": " + reason);
        this.seq = seq;
    }

    public long seq() {
        return seq;
    }
}
