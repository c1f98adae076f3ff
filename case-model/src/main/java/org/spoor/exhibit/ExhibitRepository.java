package org.spoor.exhibit;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.ExhibitRecord;

/** Reads exhibits; writes go through {@link ExhibitRegistry} so they are journaled and audited. */
public final class ExhibitRepository {

    private final DSLContext dsl;

    public ExhibitRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Exhibit> byId(long id) {
        return dsl.selectFrom(EXHIBIT).where(EXHIBIT.ID.eq(id)).fetchOptional(ExhibitRepository::toExhibit);
    }

    public Optional<Exhibit> byRef(String ref) {
        return dsl.selectFrom(EXHIBIT).where(EXHIBIT.REF.eq(ref)).fetchOptional(ExhibitRepository::toExhibit);
    }

    public List<Exhibit> all() {
        return dsl.selectFrom(EXHIBIT).orderBy(EXHIBIT.ID).fetch(ExhibitRepository::toExhibit);
    }

    public List<Exhibit> page(int offset, int limit) {
        return dsl.selectFrom(EXHIBIT).orderBy(EXHIBIT.ID).offset(offset).limit(limit)
                .fetch(ExhibitRepository::toExhibit);
    }

    public List<Exhibit> children(long parentId) {
        return dsl.selectFrom(EXHIBIT).where(EXHIBIT.PARENT_ID.eq(parentId)).orderBy(EXHIBIT.ID)
                .fetch(ExhibitRepository::toExhibit);
    }

    public List<Exhibit> bySha256(String sha256) {
        return dsl.selectFrom(EXHIBIT).where(EXHIBIT.SHA256.eq(sha256)).orderBy(EXHIBIT.ID)
                .fetch(ExhibitRepository::toExhibit);
    }

    /** An item of an import already registered at this place (used to resume an interrupted import). */
    public Optional<Exhibit> inImport(String importId, Long parentId, String originalPath) {
        return dsl.selectFrom(EXHIBIT)
                .where(EXHIBIT.IMPORT_ID.eq(importId))
                .and(parentId == null ? EXHIBIT.PARENT_ID.isNull() : EXHIBIT.PARENT_ID.eq(parentId))
                .and(EXHIBIT.ORIGINAL_PATH.eq(originalPath))
                .fetchOptional(ExhibitRepository::toExhibit);
    }

    public int count() {
        return dsl.fetchCount(EXHIBIT);
    }

    public long totalBytes() {
        Long sum = dsl.select(org.jooq.impl.DSL.sum(EXHIBIT.SIZE_BYTES).cast(Long.class)).from(EXHIBIT)
                .fetchOne(0, Long.class);
        return sum == null ? 0 : sum;
    }

    public long maxId() {
        Long max = dsl.select(org.jooq.impl.DSL.max(EXHIBIT.ID)).from(EXHIBIT).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    static Exhibit toExhibit(ExhibitRecord row) {
        return new Exhibit(row.getId(), row.getRef(), row.getParentId(), row.getImportId(), row.getOriginalName(),
                row.getOriginalPath(), row.getSizeBytes(), row.getSha256(), row.getMd5(), row.getBlobId(),
                row.getMediaType(), row.getSeizedPlace(), instant(row.getSeizedAt()), row.getSealNo(),
                row.getCustodian(), row.getDescription(), Disclosure.valueOf(row.getDisclosure()),
                instant(row.getEnteredAt()));
    }

    private static java.time.Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
