package org.spoor.casefile.storage;

import static org.spoor.casefile.db.Tables.AUDIT_ENTRY;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jooq.impl.DSL;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFolder;
import org.spoor.casefile.crypto.SecretBytes;

/**
 * Rotating, verified copies of the database. H2's {@code BACKUP TO} copies the (already encrypted)
 * database pages; a copy is kept only after it was opened and found to hold the audit chain up to the
 * entry it was taken at. With the custody journal replaying everything after that entry, a damaged
 * database can be replaced by the newest backup and lose nothing.
 */
public final class DatabaseBackups {

    private static final String PREFIX = "case-backup-";

    private final CaseFolder folder;
    private final CaseDatabase database;
    private final SecretBytes dataKey;
    private final int keep;

    public DatabaseBackups(CaseFolder folder, CaseDatabase database, SecretBytes dataKey, int keep) {
        this.folder = folder;
        this.database = database;
        this.dataKey = dataKey;
        this.keep = keep;
    }

    /** Takes, verifies and keeps a backup holding the audit log up to {@code auditSeq}; prunes old ones. */
    public Path backUp(long auditSeq) throws IOException, CaseException {
        Files.createDirectories(folder.backups());
        Path temp = folder.backups().resolve("incomplete.zip");
        Files.deleteIfExists(temp);
        database.backupTo(temp);
        long found = auditSeqIn(folder, temp, dataKey);
        if (found < auditSeq) {
            Files.deleteIfExists(temp);
            throw new IOException("The backup holds the audit log only up to entry " + found + ", not " + auditSeq);
        }
        Path kept = folder.backups().resolve(String.format("%s%012d.zip", PREFIX, auditSeq));
        Files.move(temp, kept, StandardCopyOption.REPLACE_EXISTING);
        AtomicFiles.syncDirectory(folder.backups());
        prune();
        return kept;
    }

    private void prune() throws IOException {
        List<Path> all = list(folder);
        for (int i = 0; i < all.size() - keep; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /** Backups oldest first. */
    public static List<Path> list(CaseFolder folder) throws IOException {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    public static Optional<Path> newest(CaseFolder folder) throws IOException {
        List<Path> all = list(folder);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Puts the database files of {@code backup} in place of the current ones (kept aside, not deleted). */
    public static void restore(CaseFolder folder, Path backup) throws IOException {
        Path aside = folder.root().resolve("db-damaged-" + System.currentTimeMillis());
        if (Files.exists(folder.databaseDir())) {
            Files.move(folder.databaseDir(), aside);
        }
        Files.createDirectories(folder.databaseDir());
        unzip(backup, folder.databaseDir());
    }

    /** Opens a backup copy in the scratch folder and reads the newest audit entry it holds. */
    static long auditSeqIn(CaseFolder folder, Path backup, SecretBytes dataKey) throws IOException, CaseException {
        Path check = Files.createTempDirectory(Files.createDirectories(folder.scratch()), "backup-check");
        try {
            unzip(backup, check);
            try (CaseDatabase copy = CaseDatabase.openExisting(check.resolve("case"), dataKey)) {
                Long max = copy.dsl().select(DSL.max(AUDIT_ENTRY.SEQ)).from(AUDIT_ENTRY).fetchOne(0, Long.class);
                return max == null ? 0 : max;
            }
        } finally {
            try (Stream<Path> files = Files.walk(check)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                // H2 writes only flat names (case.mv.db); anything else is not ours.
                String name = Path.of(entry.getName()).getFileName().toString();
                if (entry.isDirectory() || !name.startsWith("case.")) {
                    continue;
                }
                Files.copy(in, into.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
