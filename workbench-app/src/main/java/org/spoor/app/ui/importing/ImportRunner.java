package org.spoor.app.ui.importing;

import java.io.IOException;

import org.spoor.ingest.pipeline.ImportProgress;
import org.spoor.ingest.pipeline.ImportReport;
import org.spoor.ingest.pipeline.ImportRequest;

/** Runs an import into the open case (on a background thread); the same pipeline {@code spoor import} runs. */
@FunctionalInterface
public interface ImportRunner {

    ImportReport run(ImportRequest request, ImportProgress progress) throws IOException;
}
