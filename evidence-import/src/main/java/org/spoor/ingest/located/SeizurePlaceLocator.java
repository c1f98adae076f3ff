package org.spoor.ingest.located;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.gazetteer.GeocodedPlace;
import org.spoor.mapping.gazetteer.Place;
import org.spoor.mapping.gazetteer.PlaceGeocoder;
import org.spoor.mapping.gazetteer.PlaceNames;

/**
 * Finds where a written seizure place is ("Kho hàng, TP Vinh, Nghệ An", "Cảng Hải Phòng"): the most
 * specific place named in it wins (a border gate before a town before a province), so a warehouse
 * "in Vinh, Nghệ An" lands in Vinh rather than in the middle of the province. Scripts written without
 * spaces (Lao "ດ່ານນ້ຳພາວ": checkpoint + Nam Phao) are also tried by their endings.
 */
public final class SeizurePlaceLocator {

    /** Airports come after cities: an airport named after its town ("Vinh") is found by the town's name. */
    private static final List<String> SPECIFIC_FIRST = List.of("border_gate", "seaport", "river_port", "dry_port",
            "city", "airport", "province_pre2025", "province");
    private static final double UNSPACED_CONFIDENCE = 0.5;
    private static final int MIN_ENDING = 3;

    private final Gazetteer gazetteer;
    private final PlaceGeocoder geocoder;

    public SeizurePlaceLocator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.geocoder = new PlaceGeocoder(gazetteer);
    }

    /**
     * The place the text most likely names, preferring places in {@code country} (the case's country,
     * ISO alpha-2; null for any) when a name is shared, with the geocoder's confidence (0..1).
     */
    public Optional<GeocodedPlace> locate(String written, String country) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        Optional<GeocodedPlace> best = geocoder.find(written).stream()
                .map(found -> preferCountry(found, country))
                .min(Comparator.comparingInt((GeocodedPlace g) -> specificity(g.place()))
                        .thenComparing(Comparator.comparingDouble(GeocodedPlace::confidence).reversed()));
        return best.isPresent() ? best : unspaced(written, country);
    }

    /**
     * Among the places carrying the matched name, the most specific one, in the case's country if it has
     * one there: a province and its capital share a name ("Hà Tĩnh"), and a unit or warehouse "in Hà
     * Tĩnh" is in the town far more often than anywhere else in the province.
     */
    private GeocodedPlace preferCountry(GeocodedPlace found, String country) {
        List<Place> candidates = country == null ? List.of() : gazetteer.lookup(found.matched(), country);
        if (candidates.isEmpty()) {
            candidates = gazetteer.lookup(found.matched());
        }
        Place best = candidates.stream().min(Comparator.comparingInt(SeizurePlaceLocator::specificity))
                .orElse(found.place());
        return new GeocodedPlace(found.start(), found.end(), found.matched(), best, found.candidates(),
                found.confidence(), found.status());
    }

    private Optional<GeocodedPlace> unspaced(String written, String country) {
        for (String word : written.split("[\\s,;]+")) {
            String folded = PlaceNames.fold(word);
            for (int start = 0; folded.length() - start >= MIN_ENDING; start++) {
                List<Place> places = gazetteer.lookup(folded.substring(start));
                if (!places.isEmpty()) {
                    Place place = places.stream().filter(p -> country != null && p.country().equalsIgnoreCase(country))
                            .findFirst().orElse(places.get(0));
                    int at = written.indexOf(word);
                    return Optional.of(new GeocodedPlace(at, at + word.length(), word, place, places.size(),
                            UNSPACED_CONFIDENCE, GeocodedPlace.Status.SUGGESTED));
                }
            }
        }
        return Optional.empty();
    }

    private static int specificity(Place place) {
        int i = SPECIFIC_FIRST.indexOf(place.kind());
        return i < 0 ? SPECIFIC_FIRST.size() : i;
    }
}
