package org.spoor.app.ui.start;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.audit.AuditActions;
import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;

/**
 * Creates and opens cases for the window, the same way the command line does. Slow on purpose (the
 * memory-hard key derivation): call it from a background task only. The password array is wiped after use.
 */
public final class CaseAccess {

    private final CaseOptions options;

    public CaseAccess(CaseOptions options) {
        this.options = options;
    }

    public CaseSession create(Path folder, CaseDetails draft, char[] password) throws CaseException, IOException {
        try {
            return session(CaseFile.create(folder, draft, password, options), folder, false);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    public CaseSession open(Path folder, char[] password) throws CaseException, IOException {
        try {
            return session(CaseFile.open(folder, password, options), folder, true);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private CaseSession session(CaseFile caseFile, Path folder, boolean opened) throws IOException {
        try {
            CaseDetails details = caseFile.details();
            if (opened) {
                // Who looked at the case and when belongs in its history, as every other action does.
                caseFile.audit().record(options.actor(), AuditActions.CASE_OPENED, details.caseId(),
                        Map.of("client", "gui"));
            }
            return new CaseSession(caseFile, folder.toAbsolutePath().normalize(), details);
        } catch (RuntimeException e) {
            caseFile.close();
            throw e;
        }
    }
}
