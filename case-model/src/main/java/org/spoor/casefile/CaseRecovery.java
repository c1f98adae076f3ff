package org.spoor.casefile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.spoor.audit.AuditActions;
import org.spoor.casefile.crypto.SecretBytes;
import org.spoor.casefile.storage.DatabaseBackups;

/**
 * {@code spoor case recover}: replaces a damaged database by the newest verified backup (the damaged
 * files are moved aside, not deleted), then the normal open replays every journaled change made since.
 */
public final class CaseRecovery {

    private CaseRecovery() {
    }

    /** Returns the recovered, open case; the restored backup is named in its audit log. */
    public static CaseFile recover(Path dir, char[] password, CaseOptions options) throws CaseException, IOException {
        CaseFolder folder = new CaseFolder(dir);
        CaseHeader header = new CaseHeaderFile(folder).read();
        try (SecretBytes checked = CaseKeys.unlock(header, password);
             CaseLock lock = CaseLock.acquire(folder, options.actor(), options.clock())) {
            Path backup = DatabaseBackups.newest(folder.backups()).orElseThrow(() -> new CaseException(
                    CaseException.Kind.DAMAGED, "case.error.noBackup",
                    "There is no database backup to recover from in " + folder.backups(), folder.backups()));
            DatabaseBackups.restore(folder.databaseDir(), backup);
            lock.close();
            CaseFile recovered = CaseFile.open(dir, password, options);
            recovered.audit().record(options.actor(), AuditActions.CASE_RECOVERED, header.caseId(),
                    Map.of("backup", backup.getFileName().toString()));
            return recovered;
        }
    }
}
