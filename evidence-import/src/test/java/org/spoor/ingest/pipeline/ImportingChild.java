package org.spoor.ingest.pipeline;

import java.nio.file.Path;

import org.spoor.casefile.CaseFile;
import org.spoor.search.SearchIndex;

/** Child process of {@link ImportResumeTest}: imports a folder, printing {@code FILE n} after each file. */
public final class ImportingChild {

    private ImportingChild() {
    }

    public static void main(String[] args) throws Exception {
        try (CaseFile caseFile = ImportFixtures.open(Path.of(args[0]));
             SearchIndex index = new SearchIndex(caseFile.openIndexDirectory())) {
            new EvidenceImport(caseFile, index, ImportFixtures.settings(), 1).run(
                    new ImportRequest(java.util.List.of(Path.of(args[1])), ImportFixtures.SEIZURE, "VN"),
                    (done, total, bytes, bytesTotal, current) -> {
                        System.out.println("FILE " + done);
                        System.out.flush();
                    });
            System.out.println("FINISHED");
        }
    }
}
