package org.spoor.ingest.located;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitRepository;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.gazetteer.Place;
import org.spoor.place.PlaceDecision;
import org.spoor.place.PlaceKey;

/**
 * Place names in text the investigator confirmed: each goes on the map at its gazetteer place, as
 * kind {@code place}, without scanning the case's text again (the decision names the place by id).
 */
final class ConfirmedPlaces {

    static final String KIND = "place";

    private final Gazetteer gazetteer;
    private final ExhibitRepository exhibits;

    ConfirmedPlaces(Gazetteer gazetteer, ExhibitRepository exhibits) {
        this.gazetteer = gazetteer;
        this.exhibits = exhibits;
    }

    List<LocatedItem> collect(Collection<PlaceDecision> decisions, PointGuard guard) {
        List<LocatedItem> items = new ArrayList<>();
        for (PlaceDecision d : decisions) {
            PlaceKey key = d.key();
            if (!d.confirmed() || key.exhibitRef().endsWith(SeizureSites.RECORD)) {
                continue;
            }
            Optional<Place> place = gazetteer.byId(key.candidatePlace());
            int slash = key.exhibitRef().indexOf('/');
            String ref = slash < 0 ? key.exhibitRef() : key.exhibitRef().substring(0, slash);
            Optional<Exhibit> exhibit = exhibits.byRef(ref);
            if (place.isEmpty() || exhibit.isEmpty()) {
                continue;
            }
            Place p = place.get();
            String locator = slash < 0 ? "" : key.exhibitRef().substring(slash + 1);
            PlaceMention mention = new PlaceMention(key, d.matchedText(), d.matchedText(), exhibit.get().id(), p, 1,
                    1.0, d);
            guard.point("place:" + key.text(), p.lat(), p.lon(), null, KIND, SeizureSites.placeLabel(
                            d.matchedText(), mention), key.exhibitRef())
                    .ifPresent(point -> items.add(new LocatedItem(point, exhibit.get().id(), exhibit.get().ref(),
                            exhibit.get().originalName(), locator, null, mention)));
        }
        return items;
    }
}
