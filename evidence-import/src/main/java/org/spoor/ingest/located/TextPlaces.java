package org.spoor.ingest.located;

import static org.spoor.casefile.db.Tables.COMMS_MESSAGE;
import static org.spoor.casefile.db.Tables.EXHIBIT_CONTENT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.spoor.exhibit.Exhibit;
import org.spoor.mapping.gazetteer.GeocodedPlace;
import org.spoor.mapping.gazetteer.PlaceGeocoder;
import org.spoor.place.PlaceDecision;
import org.spoor.place.PlaceKey;

/**
 * Place names written in documents (their extracted or OCR'd text) and in messages, geocoded with a
 * confidence. They are suggestions for the investigator to review; the map shows one only once it is
 * confirmed (a name in a message says a place was talked about, not that anything was there).
 */
final class TextPlaces {

    private static final int AROUND = 48;

    private final DSLContext db;
    private final PlaceGeocoder geocoder;
    private final ExhibitLookup exhibits;
    private final Map<String, PlaceDecision> decisions;

    TextPlaces(DSLContext db, PlaceGeocoder geocoder, ExhibitLookup exhibits, Map<String, PlaceDecision> decisions) {
        this.db = db;
        this.geocoder = geocoder;
        this.exhibits = exhibits;
        this.decisions = decisions;
    }

    List<PlaceMention> collect() {
        List<PlaceMention> found = new ArrayList<>();
        try (Cursor<Record3<Long, String, String>> documents = db
                .select(EXHIBIT_CONTENT.EXHIBIT_ID, org.jooq.impl.DSL.inline("").as("locator"), EXHIBIT_CONTENT.TEXT)
                .from(EXHIBIT_CONTENT).where(EXHIBIT_CONTENT.TEXT.isNotNull())
                .orderBy(EXHIBIT_CONTENT.EXHIBIT_ID).fetchLazy()) {
            documents.forEach(r -> scan(r.value1(), r.value2(), r.value3(), found));
        }
        try (Cursor<Record3<Long, String, String>> messages = db
                .select(COMMS_MESSAGE.EXHIBIT_ID, COMMS_MESSAGE.SOURCE_LOCATOR, COMMS_MESSAGE.BODY)
                .from(COMMS_MESSAGE).where(COMMS_MESSAGE.BODY.isNotNull())
                .orderBy(COMMS_MESSAGE.EXHIBIT_ID, COMMS_MESSAGE.ID).fetchLazy()) {
            messages.forEach(r -> scan(r.value1(), r.value2(), r.value3(), found));
        }
        return found;
    }

    private void scan(long exhibitId, String locator, String text, List<PlaceMention> out) {
        Optional<Exhibit> exhibit = exhibits.byId(exhibitId);
        if (exhibit.isEmpty() || text.isBlank()) {
            return;
        }
        String source = ExhibitLookup.sourceRef(exhibit.get(), locator);
        for (GeocodedPlace g : geocoder.find(text)) {
            PlaceKey key = new PlaceKey(source, g.start(), g.end(), g.place().id());
            out.add(new PlaceMention(key, g.matched(), snippet(text, g.start(), g.end()), exhibitId, g.place(),
                    g.candidates(), g.confidence(), decisions.get(key.text())));
        }
    }

    static String snippet(String text, int start, int end) {
        int from = Math.max(0, start - AROUND);
        int to = Math.min(text.length(), end + AROUND);
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }
}
