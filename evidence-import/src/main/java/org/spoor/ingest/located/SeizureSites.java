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

/**
 * Where items were seized, as written on the seizure record, geocoded through the gazetteer. One
 * point per written place (a raid's hundred files share one site). The position is the named
 * place's, not the building's: the label says so ("≈") with the geocoder's confidence, so nobody
 * mistakes it for a measured position.
 */
final class SeizureSites {

    static final String KIND = "seizure";
    private static final int REFS_IN_SOURCE = 5;

    private final ExhibitRepository exhibits;
    private final SeizurePlaceLocator locator;
    private final String country;

    SeizureSites(ExhibitRepository exhibits, SeizurePlaceLocator locator, String country) {
        this.exhibits = exhibits;
        this.locator = locator;
        this.country = country;
    }

    List<LocatedItem> collect(PointGuard guard) {
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
            Place place = found.get().place();
            guard.point("seizure:" + first.ref(), place.lat(), place.lon(), first.seizedAt(), KIND,
                    label(written, found.get(), seized.size()), sourceRefs(seized))
                    .ifPresent(p -> items.add(new LocatedItem(p, first.id(), first.ref(), first.originalName(),
                            "", null)));
        });
        return items;
    }

    static String label(String written, GeocodedPlace found, int exhibitCount) {
        Place place = found.place();
        String name = place.localName() == null || place.localName().isBlank() ? place.name() : place.localName();
        return String.format(Locale.ROOT, "%s ≈ %s (%s, %s, %d%%) [%d]", written, name,
                place.kind().replace('_', ' '), place.country(), Math.round(found.confidence() * 100), exhibitCount);
    }

    private static String sourceRefs(List<Exhibit> seized) {
        String refs = seized.stream().limit(REFS_IN_SOURCE).map(Exhibit::ref).collect(Collectors.joining(", "));
        return seized.size() > REFS_IN_SOURCE ? refs + ", +" + (seized.size() - REFS_IN_SOURCE) : refs;
    }
}
