package org.spoor.ingest.pipeline;

import java.util.List;

/**
 * The summary of an import, as printed by {@code spoor import} and shown by the import wizard.
 *
 * @param exhibitsAdded new exhibits, embedded items included
 * @param resumed top-level files already done by an earlier, interrupted run of the same import
 * @param duplicates items whose content was already in the case (stored once, found in two places)
 */
public record ImportReport(String importId, int filesSeen, int exhibitsAdded, int resumed, int duplicates,
                           long bytesRead, List<ImportProblem> problems, String ocrNotice) {

    public ImportReport {
        problems = List.copyOf(problems);
    }
}
