package org.spoor.ingest.located;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.casefile.CaseFile;
import org.spoor.entity.EntityRepository;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.Route;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.MapException;
import org.spoor.mapping.area.MapArea;
import org.spoor.mapping.layer.Routes;
import org.spoor.place.AreaOfInterest;
import org.spoor.place.AreaRepository;
import org.spoor.place.PlaceDecision;
import org.spoor.place.PlaceDecisionRepository;

/**
 * Everything located in a case, as the map shows it: photo EXIF positions, phone fixes and UFDR
 * locations, locations shared in chats, coordinates written in text, geocoded seizure sites and
 * place names the investigator confirmed (a rejected place is left off); with one route per device
 * (its fixes in time order) and the case's areas of interest. Reads the case only; the same call
 * serves {@code spoor map}, the map view, the bundle and the training case.
 *
 * <pre>{@code
 * MapModel map = new CaseLocations(new GazetteerLoader().load()).model(caseFile);
 * }</pre>
 */
public final class CaseLocations {

    private static final Logger LOG = LoggerFactory.getLogger(CaseLocations.class);

    private final Gazetteer gazetteer;
    private final SeizurePlaceLocator seizurePlaces;

    /** @param gazetteer the shipped place list ({@code new GazetteerLoader().load()}, about a second: share it) */
    public CaseLocations(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.seizurePlaces = new SeizurePlaceLocator(gazetteer);
    }

    /**
     * Every located item with the exhibit it comes from, seizure sites first, then photos, phones, texts,
     * confirmed places.
     */
    public List<LocatedItem> items(CaseFile caseFile) {
        ExhibitLookup exhibits = new ExhibitLookup(caseFile.exhibits());
        PointGuard guard = new PointGuard();
        List<LocatedItem> items = new ArrayList<>();
        Map<String, PlaceDecision> decisions = new PlaceDecisionRepository(caseFile.db()).byKey();
        items.addAll(new SeizureSites(caseFile.exhibits(), seizurePlaces, caseFile.details().country(), decisions)
                .collect(guard));
        items.addAll(new PhotoPositions(new ExhibitContentRepository(caseFile.db()), exhibits).collect(guard));
        items.addAll(new PhoneLocations(caseFile.db(), exhibits).collect(guard));
        items.addAll(new TextCoordinates(new EntityRepository(caseFile.db()), exhibits).collect(guard));
        items.addAll(new ConfirmedPlaces(gazetteer, caseFile.exhibits()).collect(decisions.values(), guard));
        LOG.info("Case map: {} located items, {} impossible positions left off", items.size(), guard.skipped());
        return items;
    }

    /** The points alone. */
    public List<EvidencePoint> collect(CaseFile caseFile) {
        return items(caseFile).stream().map(LocatedItem::point).toList();
    }

    /** The case's map: its title, every located item, each device's route and the areas of interest. */
    public MapModel model(CaseFile caseFile) {
        return model(caseFile.details().title(), items(caseFile)).withAreas(areas(caseFile));
    }

    /** The areas of interest drawn in the case; one whose stored outline cannot be read is left off and logged. */
    public static List<MapArea> areas(CaseFile caseFile) {
        List<MapArea> areas = new ArrayList<>();
        for (AreaOfInterest a : new AreaRepository(caseFile.db()).all()) {
            try {
                areas.add(MapArea.fromWkt(a.id(), a.name(), a.note(), a.geometryWkt()));
            } catch (MapException e) {
                LOG.warn("Area {} left off the map: its outline is unreadable", a.id());
            }
        }
        return areas;
    }

    /** A map of items already collected (the map view keeps the items to name a clicked point's source). */
    public static MapModel model(String title, List<LocatedItem> items) {
        List<EvidencePoint> points = items.stream().map(LocatedItem::point).toList();
        return MapModel.of(title, points).withRoutes(routes(items));
    }

    /** One route per track (a device, a camera), through its dated positions in time order. */
    public static List<Route> routes(List<LocatedItem> items) {
        List<LocatedItem> tracked = items.stream().filter(i -> i.track() != null).toList();
        Map<String, String> trackOf = tracked.stream()
                .collect(Collectors.toMap(i -> i.point().id(), LocatedItem::track, (a, b) -> a));
        Map<String, String> labelOf = tracked.stream()
                .collect(Collectors.toMap(LocatedItem::track, i -> i.exhibitRef() + " " + i.exhibitName(),
                        (a, b) -> a));
        List<Route> routes = new ArrayList<>();
        Function<EvidencePoint, String> key = p -> trackOf.get(p.id());
        for (Route r : Routes.perKey(tracked.stream().map(LocatedItem::point).toList(), key)) {
            routes.add(new Route(r.id(), labelOf.getOrDefault(r.id(), r.id()), r.stops()));
        }
        return routes;
    }
}
