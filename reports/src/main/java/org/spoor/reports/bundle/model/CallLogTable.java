package org.spoor.reports.bundle.model;

import java.util.List;

/** A phone's call log, laid out as a table. */
public record CallLogTable(List<CallRow> calls) implements ExhibitContent {
    public CallLogTable {
        calls = List.copyOf(calls);
    }
}
