package org.spoor.app.ui.importing;

import java.io.IOException;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.ingest.extract.ExtractionSettings;
import org.spoor.ingest.pipeline.EvidenceImport;
import org.spoor.ingest.pipeline.ImportProgress;
import org.spoor.ingest.pipeline.ImportReport;
import org.spoor.ingest.pipeline.ImportRequest;

/**
 * Imports into the session's case with the session's search index (one per open case). Parsers' temporary
 * files go to the case's scratch folder, which is wiped per item and on the next open after a crash, so no
 * plaintext of the evidence is left in the system's temp folder.
 */
public final class CaseImportRunner implements ImportRunner {

    /** Two parser workers: each is a JVM of its own, and the machine is an investigator's laptop. */
    public static final int WORKERS = 2;

    private final CaseSession session;
    private final ExtractionSettings settings;

    public CaseImportRunner(CaseSession session, ExtractionSettings settings) {
        this.session = session;
        this.settings = settings;
    }

    public static CaseImportRunner withDefaults(CaseSession session) {
        return new CaseImportRunner(session, ExtractionSettings.defaults()
                .withWorkerTempDir(session.caseFile().folder().scratch()));
    }

    @Override
    public ImportReport run(ImportRequest request, ImportProgress progress) throws IOException {
        return new EvidenceImport(session.caseFile(), session.searchIndex(), settings, WORKERS).run(request, progress);
    }
}
