package org.spoor.casefile.journal;

/** One authenticated record of the custody journal: a sequence number and its plaintext. */
public record JournalRecord(long seq, byte[] plaintext) {
}
