package org.spoor.ingest.pipeline;

import java.util.List;

/**
 * The summary of an import, as printed by {@code spoor import} and shown by the import wizard.
 *
 * @param exhibitsAdded new exhibits, embedded items included
 * @param resumed top-level files already done by an earlier, interrupted run of the same import
 * @param duplicates items whose content was already in the case (stored once, found in two places)
 * @param watchHits new hits of the case's watch-lists (terms, numbers, names) in this import's items
 * @param attachmentsLinked message attachments this run linked to the exhibit holding their bytes
 * @param attachmentsUnlinked message attachments of this import left with only their path (the file is
 *        not in the dump, or several different files match it); each says why in the case
 */
public record ImportReport(String importId, int filesSeen, int exhibitsAdded, int resumed, int duplicates,
                           long bytesRead, int watchHits, List<ImportProblem> problems, String ocrNotice,
                           int attachmentsLinked, int attachmentsUnlinked) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /** A report of an import whose messages had no attachment to link. */
    public ImportReport(String importId, int filesSeen, int exhibitsAdded, int resumed, int duplicates,
                        long bytesRead, int watchHits, List<ImportProblem> problems, String ocrNotice) {
        this(importId, filesSeen, exhibitsAdded, resumed, duplicates, bytesRead, watchHits, problems, ocrNotice,
                0, 0);
    }

    /** A report of an import that raised no watch-list hit. */
    public ImportReport(String importId, int filesSeen, int exhibitsAdded, int resumed, int duplicates,
                        long bytesRead, List<ImportProblem> problems, String ocrNotice) {
        this(importId, filesSeen, exhibitsAdded, resumed, duplicates, bytesRead, 0, problems, ocrNotice);
    }
}
