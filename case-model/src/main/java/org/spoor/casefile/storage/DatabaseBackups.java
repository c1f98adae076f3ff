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
import org.spoor.casefile.crypto.SecretBytes;

/**
 * Rotating, verified copies of the database. H2's {@code BACKUP TO} copies the (already encrypted)
 * database pages; a copy is kept only after it was opened and found to hold the audit chain up to the
 * entry it was taken at. With the custody journal replaying everything after that entry, a damaged
 * database can be replaced by the newest backup and lose nothing.
 */
public final class DatabaseBackups {

    private static final String PREFIX = "case-backup-";

    private final Path backups;
    private final Path scratch;
    private final CaseDatabase database;
    private final SecretBytes dataKey;
    private final int keep;

    public DatabaseBackups(Path backups, Path scratch, CaseDatabase database, SecretBytes dataKey, int keep) {
        this.backups = backups;
        this.scratch = scratch;
        this.database = database;
        this.dataKey = dataKey;
        this.keep = keep;
    }

    /** Takes, verifies and keeps a backup holding the audit log up to {@code auditSeq}; prunes old ones. */
    public Path backUp(long auditSeq) throws IOException, StorageException {
        Files.createDirectories(backups);
        Path temp = backups.resolve("incomplete.zip");
        Files.deleteIfExists(temp);
        database.backupTo(temp);
        long found = auditSeqIn(scratch, temp, dataKey);
        if (found < auditSeq) {
            Files.deleteIfExists(temp);
            throw new IOException("The backup holds the audit log only up to entry " + found + ", not " + auditSeq);
        }
        Path kept = backups.resolve(String.format("%s%012d.zip", PREFIX, auditSeq));
        Files.move(temp, kept, StandardCopyOption.REPLACE_EXISTING);
        AtomicFiles.syncDirectory(backups);
        prune();
        return kept;
    }

    private void prune() throws IOException {
        List<Path> all = list(backups);
        for (int i = 0; i < all.size() - keep; i++) {
            Files.deleteIfExists(all.get(i));
        }
    }

    /** Backups oldest first. */
    public static List<Path> list(Path backups) throws IOException {
        if (!Files.isDirectory(backups)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    public static Optional<Path> newest(Path backups) throws IOException {
        List<Path> all = list(backups);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Puts the database files of {@code backup} in place of the current ones (kept aside, not deleted). */
    public static void restore(Path databaseDir, Path backup) throws IOException {
        Path aside = databaseDir.resolveSibling(databaseDir.getFileName() + "-damaged-" + System.currentTimeMillis());
        if (Files.exists(databaseDir)) {
            Files.move(databaseDir, aside);
        }
        Files.createDirectories(databaseDir);
        unzip(backup, databaseDir);
    }

    /** Opens a backup copy in the scratch folder and reads the newest audit entry it holds. */
    static long auditSeqIn(Path scratch, Path backup, SecretBytes dataKey) throws IOException, StorageException {
        Path check = Files.createTempDirectory(Files.createDirectories(scratch), "backup-check");
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
