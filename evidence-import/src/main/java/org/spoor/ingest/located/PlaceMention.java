package org.spoor.ingest.located;

import org.spoor.mapping.gazetteer.Place;
import org.spoor.place.PlaceDecision;
import org.spoor.place.PlaceKey;

/**
 * A place name found in a case and geocoded: where it was written, the words around it, the place
 * the geocoder took it for, how sure it is, and the investigator's decision if there is one.
 *
 * @param key        exhibit (+ row, or {@code /seizure} for the seizure record) + span + candidate place
 * @param matched    the name as written
 * @param snippet    the words around it
 * @param exhibitId  the exhibit it was found in (for a seizure site: the first exhibit seized there)
 * @param candidates how many gazetteer places carry the name
 * @param confidence the geocoder's confidence, 0..1
 * @param decision   the investigator's decision; null while unreviewed
 */
public record PlaceMention(PlaceKey key, String matched, String snippet, long exhibitId, Place place,
                           int candidates, double confidence, PlaceDecision decision) {

    public boolean reviewed() {
        return decision != null;
    }

    public boolean rejected() {
        return decision != null && !decision.confirmed();
    }

    public boolean confirmed() {
        return decision != null && decision.confirmed();
    }

    /** 1 once confirmed; the geocoder's confidence otherwise. */
    public double shownConfidence() {
        return confirmed() ? 1.0 : confidence;
    }

    public PlaceMention withDecision(PlaceDecision newDecision) {
        return new PlaceMention(key, matched, snippet, exhibitId, place, candidates, confidence, newDecision);
    }

    /** The place's name in local script, else in Latin. */
    public String placeName() {
        return place.localName() == null || place.localName().isBlank() ? place.name() : place.localName();
    }
}
