package org.spoor.ingest.pipeline;

import static org.spoor.casefile.db.Tables.IMPORT_ITEM;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jooq.DSLContext;

/**
 * Which top-level files of an import are finished. A file is marked done only after it and everything
 * inside it landed, so a resumed import redoes at most the files that were in flight (and finds their
 * exhibits already registered).
 */
final class ImportLedger {

    private final DSLContext db;
    private final String importId;

    ImportLedger(DSLContext db, String importId) {
        this.db = db;
        this.importId = importId;
    }

    boolean isDone(String originalPath) {
        return db.fetchExists(db.selectFrom(IMPORT_ITEM).where(IMPORT_ITEM.IMPORT_ID.eq(importId))
                .and(IMPORT_ITEM.PATH_KEY.eq(key(originalPath))).and(IMPORT_ITEM.STATUS.eq("DONE")));
    }

    void markDone(String originalPath, long exhibitId) {
        db.mergeInto(IMPORT_ITEM)
                .using(db.selectOne())
                .on(IMPORT_ITEM.IMPORT_ID.eq(importId).and(IMPORT_ITEM.PATH_KEY.eq(key(originalPath))))
                .whenMatchedThenUpdate().set(IMPORT_ITEM.STATUS, "DONE").set(IMPORT_ITEM.EXHIBIT_ID, exhibitId)
                .whenNotMatchedThenInsert(IMPORT_ITEM.IMPORT_ID, IMPORT_ITEM.PATH_KEY, IMPORT_ITEM.ORIGINAL_PATH,
                        IMPORT_ITEM.EXHIBIT_ID, IMPORT_ITEM.STATUS)
                .values(importId, key(originalPath), originalPath, exhibitId, "DONE")
                .execute();
    }

    /** Paths can be longer than an index allows on PostgreSQL; their hash is the key. */
    private static String key(String originalPath) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(originalPath.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
