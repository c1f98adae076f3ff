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
import org.spoor.mapping.layer.Routes;

/**
 * Everything located in a case, as the map shows it: photo EXIF positions, phone fixes and UFDR
 * locations, locations shared in chats, coordinates written in text and geocoded seizure sites;
 * with one route per device (its fixes in time order). Reads the case only; the same call serves
 * {@code spoor map}, the map view and the training case.
 *
 * <pre>{@code
 * MapModel map = new CaseLocations(new GazetteerLoader().load()).model(caseFile);
 * }</pre>
 */
public final class CaseLocations {

    private static final Logger LOG = LoggerFactory.getLogger(CaseLocations.class);

    private final SeizurePlaceLocator seizurePlaces;

    /** @param gazetteer the shipped place list ({@code new GazetteerLoader().load()}, about a second: share it) */
    public CaseLocations(Gazetteer gazetteer) {
        this.seizurePlaces = new SeizurePlaceLocator(gazetteer);
    }

    /** Every located item with the exhibit it comes from, seizure sites first, then photos, phones, texts. */
    public List<LocatedItem> items(CaseFile caseFile) {
        ExhibitLookup exhibits = new ExhibitLookup(caseFile.exhibits());
        PointGuard guard = new PointGuard();
        List<LocatedItem> items = new ArrayList<>();
        items.addAll(new SeizureSites(caseFile.exhibits(), seizurePlaces, caseFile.details().country())
                .collect(guard));
        items.addAll(new PhotoPositions(new ExhibitContentRepository(caseFile.db()), exhibits).collect(guard));
        items.addAll(new PhoneLocations(caseFile.db(), exhibits).collect(guard));
        items.addAll(new TextCoordinates(new EntityRepository(caseFile.db()), exhibits).collect(guard));
        LOG.info("Case map: {} located items, {} impossible positions left off", items.size(), guard.skipped());
        return items;
    }

    /** The points alone. */
    public List<EvidencePoint> collect(CaseFile caseFile) {
        return items(caseFile).stream().map(LocatedItem::point).toList();
    }

    /** The case's map: its title, every located item and each device's route. */
    public MapModel model(CaseFile caseFile) {
        return model(caseFile.details().title(), items(caseFile));
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
