package org.spoor.casefile.journal;

import java.util.List;

/**
 * What a read of the journal found.
 *
 * @param validLength bytes up to the end of the last whole record
 * @param tornTailBytes bytes of an incomplete last record (a crash mid-append), never acknowledged
 */
public record JournalContents(List<JournalRecord> records, long validLength, long tornTailBytes) {

    public JournalContents {
        records = List.copyOf(records);
    }
}
