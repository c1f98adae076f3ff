package org.spoor.search.saved;

import static org.spoor.casefile.db.Tables.SAVED_SEARCH;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.spoor.casefile.db.tables.records.SavedSearchRecord;
import org.spoor.search.SearchQuery;

/** The case's saved searches, one per name. */
public final class SavedSearchRepository {

    private final DSLContext db;
    private final Clock clock;

    public SavedSearchRepository(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Saves the query under the name, replacing an earlier search of that name. */
    public SavedSearch save(String name, SearchQuery query) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        SavedSearchRecord row = db.selectFrom(SAVED_SEARCH).where(SAVED_SEARCH.NAME.eq(name)).fetchOne();
        if (row == null) {
            row = db.newRecord(SAVED_SEARCH);
            row.setName(name);
        }
        row.setQueryText(query.text() == null ? "" : query.text());
        row.setResultLimit(query.limit());
        row.setKinds(query.kinds().isEmpty() ? null
                : query.kinds().stream().sorted().collect(Collectors.joining(",")));
        row.setFromTime(utc(query.from()));
        row.setToTime(utc(query.to()));
        row.setCustodian(query.custodian());
        row.setLanguageCode(query.language());
        row.setSavedAt(now);
        row.store();
        return toSavedSearch(row);
    }

    public List<SavedSearch> findAll() {
        return db.selectFrom(SAVED_SEARCH).orderBy(SAVED_SEARCH.NAME).fetch(SavedSearchRepository::toSavedSearch);
    }

    public Optional<SavedSearch> findByName(String name) {
        return db.selectFrom(SAVED_SEARCH).where(SAVED_SEARCH.NAME.eq(name))
                .fetchOptional(SavedSearchRepository::toSavedSearch);
    }

    public void delete(long id) {
        db.deleteFrom(SAVED_SEARCH).where(SAVED_SEARCH.ID.eq(id)).execute();
    }

    private static SavedSearch toSavedSearch(SavedSearchRecord row) {
        Set<String> kinds = row.getKinds() == null ? Set.of() : Set.copyOf(Arrays.asList(row.getKinds().split(",")));
        SearchQuery query = new SearchQuery(row.getQueryText(), row.getResultLimit(), kinds,
                instant(row.getFromTime()), instant(row.getToTime()), row.getCustodian(), row.getLanguageCode());
        return new SavedSearch(row.getId(), row.getName(), query, row.getSavedAt().toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
