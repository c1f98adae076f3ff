package org.spoor.ingest.located;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRepository;

/** Exhibits by id, each read once while the map is collected (many points share one exhibit). */
final class ExhibitLookup {

    private final ExhibitRepository exhibits;
    private final Map<Long, Optional<Exhibit>> cache = new HashMap<>();

    ExhibitLookup(ExhibitRepository exhibits) {
        this.exhibits = exhibits;
    }

    Optional<Exhibit> byId(long id) {
        return cache.computeIfAbsent(id, exhibits::byId);
    }

    /** The seized item an embedded item came out of (a photo's phone dump or archive); itself if top-level. */
    Exhibit root(Exhibit exhibit) {
        Exhibit current = exhibit;
        for (int depth = 0; current.parentId() != null && depth < 64; depth++) {
            Optional<Exhibit> parent = byId(current.parentId());
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }

    /** {@code SPR-0004} or {@code SPR-0004/sms:_id=42}: what an export's {@code source_ref} cites. */
    static String sourceRef(Exhibit exhibit, String locator) {
        return locator == null || locator.isEmpty() ? exhibit.ref() : exhibit.ref() + "/" + locator;
    }
}
