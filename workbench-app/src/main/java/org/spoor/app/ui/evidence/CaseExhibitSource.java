package org.spoor.app.ui.evidence;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.ExhibitRecord;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRepository;

/** The open case's exhibits, read with the case's repository and a few counts of its own. */
public final class CaseExhibitSource implements ExhibitSource {

    private final ExhibitRepository exhibits;
    private final DSLContext db;

    public CaseExhibitSource(ExhibitRepository exhibits, DSLContext db) {
        this.exhibits = exhibits;
        this.db = db;
    }

    @Override
    public int count() {
        return exhibits.count();
    }

    @Override
    public List<Exhibit> page(int offset, int limit) {
        return exhibits.page(offset, limit);
    }

    /**
     * The page's ids first, then their rows in one read. Sorting whole rows of 100k originals took H2 2.2 s and
     * reading each exhibit by id 260 ms (bench/evidence).
     */
    @Override
    public List<Exhibit> topLevel(int offset, int limit) {
        List<Long> ids = db.select(EXHIBIT.ID).from(EXHIBIT).where(EXHIBIT.PARENT_ID.isNull())
                .orderBy(EXHIBIT.ID).offset(offset).limit(limit).fetch(EXHIBIT.ID);
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.selectFrom(EXHIBIT).where(EXHIBIT.ID.in(ids)).orderBy(EXHIBIT.ID).fetch(CaseExhibitSource::exhibit);
    }

    @Override
    public int topLevelCount() {
        return db.fetchCount(EXHIBIT, EXHIBIT.PARENT_ID.isNull());
    }

    @Override
    public List<Exhibit> children(long parentId) {
        return exhibits.children(parentId);
    }

    @Override
    public boolean hasChildren(long exhibitId) {
        return db.fetchExists(EXHIBIT, EXHIBIT.PARENT_ID.eq(exhibitId));
    }

    @Override
    public Set<Long> withChildren(Collection<Long> exhibitIds) {
        if (exhibitIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(db.selectDistinct(EXHIBIT.PARENT_ID).from(EXHIBIT)
                .where(EXHIBIT.PARENT_ID.in(exhibitIds)).fetch(EXHIBIT.PARENT_ID));
    }

    @Override
    public Optional<Exhibit> byId(long exhibitId) {
        return exhibits.byId(exhibitId);
    }

    @Override
    public int positionOf(long exhibitId) {
        return db.fetchCount(EXHIBIT, EXHIBIT.ID.lt(exhibitId));
    }

    /** The same mapping as {@link ExhibitRepository}'s, whose row mapper is not public. */
    private static Exhibit exhibit(ExhibitRecord row) {
        return new Exhibit(row.getId(), row.getRef(), row.getParentId(), row.getImportId(), row.getOriginalName(),
                row.getOriginalPath(), row.getSizeBytes(), row.getSha256(), row.getMd5(), row.getBlobId(),
                row.getMediaType(), row.getSeizedPlace(), instant(row.getSeizedAt()), row.getSealNo(),
                row.getCustodian(), row.getDescription(), Disclosure.valueOf(row.getDisclosure()),
                instant(row.getEnteredAt()));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
