package org.spoor.ingest.located;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.gazetteer.PlaceGeocoder;
import org.spoor.place.PlaceDecision;
import org.spoor.place.PlaceDecisionRepository;
import org.spoor.place.PlaceDecisions;
import org.spoor.place.PlaceKey;

/**
 * The places to review: every place name the geocoder found in the case (seizure records, documents,
 * messages) with its snippet, candidate place, confidence and decision; and the decisions themselves
 * (audited as {@code place.confirmed} / {@code place.rejected}). Reads all the case's text: run it in
 * the background. The same calls serve {@code spoor place} and the map view.
 */
public final class PlaceReview {

    private final Gazetteer gazetteer;
    private final SeizurePlaceLocator seizurePlaces;

    public PlaceReview(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.seizurePlaces = new SeizurePlaceLocator(gazetteer);
    }

    /** Every geocoded place name: seizure sites first, then text; within each, in the order found. */
    public List<PlaceMention> places(CaseFile caseFile) {
        Map<String, PlaceDecision> decisions = new PlaceDecisionRepository(caseFile.db()).byKey();
        List<PlaceMention> all = new ArrayList<>(new SeizureSites(caseFile.exhibits(), seizurePlaces,
                caseFile.details().country(), decisions).mentions());
        all.addAll(new TextPlaces(caseFile.db(), new PlaceGeocoder(gazetteer), new ExhibitLookup(caseFile.exhibits()),
                decisions).collect());
        return all;
    }

    /** The places still waiting for a decision, least sure first. */
    public List<PlaceMention> toReview(CaseFile caseFile) {
        return places(caseFile).stream().filter(m -> !m.reviewed())
                .sorted(Comparator.comparingDouble(PlaceMention::confidence)).toList();
    }

    public Optional<PlaceMention> find(CaseFile caseFile, PlaceKey key) {
        return places(caseFile).stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** Records that the text means this place; returns the mention with its decision. */
    public PlaceMention confirm(CaseFile caseFile, PlaceMention mention, String reason) throws CaseException {
        return mention.withDecision(PlaceDecisions.of(caseFile).confirm(mention.key(), mention.matched(), reason));
    }

    /** Records that the text does not mean this place: it leaves the map, its exports and the bundle's map. */
    public PlaceMention reject(CaseFile caseFile, PlaceMention mention, String reason) throws CaseException {
        return mention.withDecision(PlaceDecisions.of(caseFile).reject(mention.key(), mention.matched(), reason));
    }
}
