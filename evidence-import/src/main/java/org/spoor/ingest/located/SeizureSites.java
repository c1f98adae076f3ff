package org.spoor.ingest.located;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRepository;
import org.spoor.mapping.gazetteer.GeocodedPlace;
import org.spoor.mapping.gazetteer.Place;
import org.spoor.place.PlaceDecision;
import org.spoor.place.PlaceKey;

/**
 * Where items were seized, as written on the seizure record, geocoded through the gazetteer. One
 * point per written place (a raid's hundred files share one site). The position is the named
 * place's, not the building's: the label says so ("≈") with the geocoder's confidence, so nobody
 * mistakes it for a measured position. A place the investigator rejected is left off; a confirmed one
 * says who confirmed it.
 */
final class SeizureSites {

    static final String KIND = "seizure";
    /** The seizure record as the "row" of a place key: {@code SPR-0001/seizure}. */
    static final String RECORD = "/seizure";
    private static final int REFS_IN_SOURCE = 5;

    private final ExhibitRepository exhibits;
    private final SeizurePlaceLocator locator;
    private final String country;
    private final Map<String, PlaceDecision> decisions;

    SeizureSites(ExhibitRepository exhibits, SeizurePlaceLocator locator, String country,
                 Map<String, PlaceDecision> decisions) {
        this.exhibits = exhibits;
        this.locator = locator;
        this.country = country;
        this.decisions = decisions;
    }

    /** The geocoded seizure places, one per written place, each with the investigator's decision if any. */
    List<PlaceMention> mentions() {
        List<PlaceMention> mentions = new ArrayList<>();
        collect(new PointGuard(), mentions);
        return mentions;
    }

    List<LocatedItem> collect(PointGuard guard) {
        return collect(guard, new ArrayList<>());
    }

    private List<LocatedItem> collect(PointGuard guard, List<PlaceMention> mentions) {
        Map<String, List<Exhibit>> byPlace = new LinkedHashMap<>();
        for (Exhibit exhibit : exhibits.all()) {
            if (exhibit.parentId() == null && exhibit.seizedPlace() != null && !exhibit.seizedPlace().isBlank()) {
                byPlace.computeIfAbsent(exhibit.seizedPlace().strip(), k -> new ArrayList<>()).add(exhibit);
            }
        }
        List<LocatedItem> items = new ArrayList<>();
        byPlace.forEach((written, seized) -> {
            Optional<GeocodedPlace> found = locator.locate(written, country);
            if (found.isEmpty()) {
                return;
            }
            Exhibit first = seized.get(0);
            GeocodedPlace g = found.get();
            Place place = g.place();
            PlaceKey key = new PlaceKey(first.ref() + RECORD, g.start(), g.end(), place.id());
            PlaceMention mention = new PlaceMention(key, g.matched(), written, first.id(), place, g.candidates(),
                    g.confidence(), decisions.get(key.text()));
            mentions.add(mention);
            if (mention.rejected()) {
                return;
            }
            guard.point("seizure:" + first.ref(), place.lat(), place.lon(), first.seizedAt(), KIND,
                    placeLabel(written, mention) + " [" + seized.size() + "]", sourceRefs(seized))
                    .ifPresent(p -> items.add(new LocatedItem(p, first.id(), first.ref(), first.originalName(),
                            "", null, mention)));
        });
        return items;
    }

    /**
     * {@code "Kho hàng, TP Vinh ≈ Vinh (city, VN, 85%)"}, or {@code "... (city, VN, ✓ confirmed by Lan)"} once
     * the investigator confirmed the place.
     */
    static String placeLabel(String written, PlaceMention mention) {
        Place place = mention.place();
        String sureness = mention.confirmed() ? "✓ confirmed by " + mention.decision().decidedBy()
                : Math.round(mention.confidence() * 100) + "%";
        return String.format(Locale.ROOT, "%s ≈ %s (%s, %s, %s)", written, mention.placeName(),
                place.kind().replace('_', ' '), place.country(), sureness);
    }

    private static String sourceRefs(List<Exhibit> seized) {
        String refs = seized.stream().limit(REFS_IN_SOURCE).map(Exhibit::ref).collect(Collectors.joining(", "));
        return seized.size() > REFS_IN_SOURCE ? refs + ", +" + (seized.size() - REFS_IN_SOURCE) : refs;
    }
}
