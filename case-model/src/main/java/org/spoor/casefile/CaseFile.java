package org.spoor.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.UUID;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.audit.AuditActions;
import org.spoor.audit.AuditLog;
import org.spoor.audit.CaseEventApplier;
import org.spoor.audit.JournalReconciler;
import org.spoor.casefile.blob.BlobStore;
import org.spoor.casefile.blob.EncryptedBlobStore;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.casefile.crypto.SecretBytes;
import org.spoor.casefile.crypto.SubKeys;
import org.spoor.casefile.journal.CustodyJournal;
import org.spoor.casefile.journal.JournalContents;
import org.spoor.casefile.journal.JournalException;
import org.spoor.casefile.storage.CaseDatabase;
import org.spoor.casefile.storage.DatabaseBackups;
import org.spoor.casefile.storage.StorageException;
import org.spoor.comms.CommsImportState;
import org.spoor.custody.CustodyIds;
import org.spoor.custody.CustodyRepository;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRegistry;
import org.spoor.exhibit.ExhibitRepository;
import org.spoor.search.store.EncryptedDirectory;

/**
 * An open case: the one object that holds its data key, its lock, its database, journal and blob store.
 * Everything else receives the parts it needs from here. Close it to wipe the key and release the lock.
 */
public final class CaseFile implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFile.class);

    private final CaseFolder folder;
    private final CaseOptions options;
    private final SecretBytes dataKey;
    private final CaseLock lock;
    private final CustodyJournal journal;
    private final CaseDatabase database;
    private final BlobStore blobs;
    private final AuditLog audit;
    private final ExhibitRepository exhibits;
    private final CustodyRepository custody;
    private final ExhibitRegistry registry;
    private final long seqAtOpen;
    private CaseHeader header;

    private CaseFile(CaseFolder folder, CaseHeader header, SecretBytes dataKey, CaseOptions options, CaseLock lock,
                     CustodyJournal journal, CaseDatabase database, BlobStore blobs) {
        this.folder = folder;
        this.header = header;
        this.dataKey = dataKey;
        this.options = options;
        this.lock = lock;
        this.journal = journal;
        this.database = database;
        this.blobs = blobs;
        this.audit = new AuditLog(database.dsl(), journal, options.clock(), appliers());
        this.exhibits = new ExhibitRepository(database.dsl());
        this.custody = new CustodyRepository(database.dsl());
        this.registry = new ExhibitRegistry(audit, exhibits, new CustodyIds(custody));
        this.seqAtOpen = audit.head() == null ? 0 : audit.head().seq();
    }

    /**
     * The appliers that turn journaled entries into rows: plug-ins found with {@link ServiceLoader}, so each
     * feature (exhibits, custody, entities) brings its own without the case file knowing it.
     */
    private static List<CaseEventApplier> appliers() {
        List<CaseEventApplier> all = new java.util.ArrayList<>();
        all.add(new CaseCreatedApplier());
        ServiceLoader.load(CaseEventApplier.class, CaseFile.class.getClassLoader()).forEach(all::add);
        return all;
    }

    /** Creates a new encrypted case in {@code dir}, which must not exist or be empty. */
    public static CaseFile create(Path dir, CaseDetails draft, char[] password, CaseOptions options)
            throws CaseException, IOException {
        CaseFolder folder = new CaseFolder(dir);
        if (Files.exists(dir) && (!Files.isDirectory(dir) || Files.list(dir).findAny().isPresent())) {
            throw new CaseException(CaseException.Kind.BAD_INPUT, "case.error.folderNotEmpty",
                    "Will not create a case in " + dir + ": it exists and is not empty", dir);
        }
        Files.createDirectories(dir);
        String caseId = UUID.randomUUID().toString();
        SecretBytes dataKey = SecretBytes.random(32);
        KdfParameters kdf = options.kdfForNewEnvelopes().get();
        CaseHeader header = CaseKeys.seal(
                new CaseHeader(CaseHeader.CURRENT_FORMAT_VERSION, caseId, kdf, new byte[0]), kdf, dataKey, password);
        new CaseHeaderFile(folder).write(header);
        CaseFile opened = assemble(folder, header, dataKey, options, false);
        CaseDetails details = draft.withIdentity(caseId, null);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("caseId", caseId);
        row.put("title", details.title());
        row.put("country", details.country());
        row.put("jurisdiction", details.jurisdiction());
        row.put("investigator", details.investigator());
        row.put("unit", details.unit());
        opened.audit.record(options.actor(), AuditActions.CASE_CREATED, caseId, row);
        return opened;
    }

    /**
     * Opens a case. The password is checked against the key envelope before anything is written, so a
     * wrong password leaves the folder untouched; a damaged database is reported as damaged.
     */
    public static CaseFile open(Path dir, char[] password, CaseOptions options) throws CaseException, IOException {
        CaseFolder folder = new CaseFolder(dir);
        CaseHeader header = new CaseHeaderFile(folder).read();
        SecretBytes dataKey = CaseKeys.unlock(header, password);
        return assemble(folder, header, dataKey, options, true);
    }

    /** Reads the clear header only (no password): format version and KDF parameters. */
    public static CaseHeader readHeader(Path dir) throws CaseException {
        return new CaseHeaderFile(new CaseFolder(dir)).read();
    }

    private static CaseFile assemble(CaseFolder folder, CaseHeader header, SecretBytes dataKey, CaseOptions options,
                                     boolean existing) throws CaseException, IOException {
        CaseLock lock = null;
        CustodyJournal journal = null;
        CaseDatabase database = null;
        try {
            lock = CaseLock.acquire(folder, options.actor(), options.clock());
            ScratchSpace.deleteTree(folder.scratch(), false);
            Files.createDirectories(folder.scratch());
            SecretBytes journalKey = SubKeys.derive(dataKey, "journal", 32);
            JournalContents contents = readJournal(folder, journalKey);
            journal = openJournal(folder, journalKey);
            database = openDatabase(folder, dataKey, existing);
            BlobStore blobs;
            try (SecretBytes nameKey = SubKeys.derive(dataKey, "blob-name", 32);
                 SecretBytes contentKey = SubKeys.derive(dataKey, "blob-content", 32)) {
                blobs = new EncryptedBlobStore(folder.blobs(), nameKey, contentKey);
            }
            blobs.removeIncompleteWrites();
            CaseFile opened = new CaseFile(folder, header, dataKey, options, lock, journal, database, blobs);
            JournalReconciler.reconcile(opened.audit, contents.records());
            setAsideUnfinishedPhoneWrites(opened);
            return opened;
        } catch (CaseException | IOException | RuntimeException e) {
            closeQuietly(database, journal, lock);
            dataKey.close();
            throw e;
        }
    }

    /**
     * A phone write cut off by a crash left part of its records: set them aside, so no view shows a part of a
     * phone as if it were whole. The marks stay, and resuming the import reads those files again.
     */
    private static void setAsideUnfinishedPhoneWrites(CaseFile opened) {
        List<Long> setAside = new CommsImportState(opened.db()).setAsideUnfinished();
        if (!setAside.isEmpty()) {
            opened.audit.record(opened.actor(), AuditActions.PHONE_WRITE_SET_ASIDE, "comms",
                    Map.of("exhibits", setAside.stream().map(Exhibit::refFor).toList(),
                            "reason", "the write was cut off; resume the import to read these files again"));
        }
    }

    private static JournalContents readJournal(CaseFolder folder, SecretBytes journalKey)
            throws CaseException, IOException {
        if (!Files.exists(folder.journal())) {
            return new JournalContents(List.of(), 0, 0);
        }
        try {
            return CustodyJournal.read(folder.journal(), journalKey);
        } catch (JournalException e) {
            throw new CaseException(CaseException.Kind.TAMPERED, "case.error.journalTampered",
                    "The custody journal was altered: " + e.getMessage(), e, e.seq());
        }
    }

    private static CaseDatabase openDatabase(CaseFolder folder, SecretBytes dataKey, boolean existing)
            throws CaseException {
        try {
            return existing ? CaseDatabase.openExisting(folder.databaseBase(), dataKey)
                    : CaseDatabase.create(folder.databaseBase(), dataKey);
        } catch (StorageException e) {
            throw CaseErrors.of(e, folder);
        }
    }

    private static CustodyJournal openJournal(CaseFolder folder, SecretBytes journalKey)
            throws CaseException, IOException {
        try {
            return CustodyJournal.openForAppend(folder.journal(), journalKey);
        } catch (JournalException e) {
            throw new CaseException(CaseException.Kind.TAMPERED, "case.error.journalTampered",
                    "The custody journal was altered: " + e.getMessage(), e, e.seq());
        }
    }

    private static void closeQuietly(CaseDatabase database, CustodyJournal journal, CaseLock lock) {
        try {
            if (database != null) {
                database.close();
            }
            if (journal != null) {
                journal.close();
            }
            if (lock != null) {
                lock.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("While giving up on opening the case: {}", e.toString());
        }
    }

    public CaseDetails details() {
        return new CaseInfoRepository(database.dsl()).load();
    }

    public CaseHeader header() {
        return header;
    }

    public CaseFolder folder() {
        return folder;
    }

    public String actor() {
        return options.actor();
    }

    public Clock clock() {
        return options.clock();
    }

    /** For repositories of other modules; keep SQL portable. */
    public DSLContext db() {
        return database.dsl();
    }

    public AuditLog audit() {
        return audit;
    }

    public BlobStore blobs() {
        return blobs;
    }

    public ExhibitRepository exhibits() {
        return exhibits;
    }

    public ExhibitRegistry registry() {
        return registry;
    }

    public CustodyRepository custody() {
        return custody;
    }

    /** A key for one purpose (e.g. "index"), derived from the data key; the caller closes it. */
    public SecretBytes deriveKey(String purpose) {
        return SubKeys.derive(dataKey, purpose, 32);
    }

    /** The case's search index files, encrypted with the case's index key. */
    public org.apache.lucene.store.Directory openIndexDirectory() throws IOException {
        Files.createDirectories(folder.index());
        try (SecretBytes indexKey = deriveKey("index")) {
            return new EncryptedDirectory(folder.index(), indexKey);
        }
    }

    public ScratchSpace newScratch() throws IOException {
        return ScratchSpace.createIn(folder.scratch());
    }

    /** Makes every change so far durable in the database too (custody boundaries: end of an import). */
    public void checkpoint() {
        database.checkpoint();
    }

    /** Re-wraps the data key under a new password; nothing else is re-encrypted. */
    public void changePassword(char[] newPassword) throws IOException {
        KdfParameters kdf = options.kdfForNewEnvelopes().get();
        CaseHeader rewrapped = CaseKeys.seal(header, kdf, dataKey, newPassword);
        new CaseHeaderFile(folder).write(rewrapped);
        header = rewrapped;
        audit.record(actor(), AuditActions.PASSWORD_CHANGED, header.caseId(),
                Map.of("kdf", kdf.algorithm(), "memoryKiB", kdf.memoryKiB(), "iterations", kdf.iterations()));
    }

    @Override
    public void close() throws IOException {
        try {
            long seqNow = audit.head() == null ? 0 : audit.head().seq();
            if (seqNow != seqAtOpen && options.backupsToKeep() > 0) {
                new DatabaseBackups(folder.backups(), folder.scratch(), database, dataKey, options.backupsToKeep())
                        .backUp(seqNow);
            }
        } catch (IOException | RuntimeException | StorageException e) {
            LOG.warn("The database backup failed; the case itself is fine: {}", e.toString());
        } finally {
            blobs.close();
            database.close();
            journal.close();
            ScratchSpace.deleteTree(folder.scratch(), false);
            lock.close();
            dataKey.close();
        }
    }
}
