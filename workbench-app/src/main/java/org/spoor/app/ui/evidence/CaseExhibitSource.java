package org.spoor.app.ui.evidence;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
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

    @Override
    public List<Exhibit> topLevel(int offset, int limit) {
        List<Long> ids = db.select(EXHIBIT.ID).from(EXHIBIT).where(EXHIBIT.PARENT_ID.isNull())
                .orderBy(EXHIBIT.ID).offset(offset).limit(limit).fetch(EXHIBIT.ID);
        return ids.stream().map(exhibits::byId).flatMap(Optional::stream).toList();
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
    public Optional<Exhibit> byId(long exhibitId) {
        return exhibits.byId(exhibitId);
    }

    @Override
    public int positionOf(long exhibitId) {
        return db.fetchCount(EXHIBIT, EXHIBIT.ID.lt(exhibitId));
    }
}
