package org.spoor.ingest.located;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.spoor.entity.Entity;
import org.spoor.entity.EntityRepository;
import org.spoor.entity.EntitySource;
import org.spoor.entity.EntityType;
import org.spoor.exhibit.Exhibit;

/**
 * Coordinates written in documents and messages (entities of type COORDINATE, keyed
 * {@code "lat,lon"} in WGS 84 degrees): one point per place they were written, labelled as written.
 */
final class TextCoordinates {

    static final String KIND = "text";

    private final EntityRepository entities;
    private final ExhibitLookup exhibits;

    TextCoordinates(EntityRepository entities, ExhibitLookup exhibits) {
        this.entities = entities;
        this.exhibits = exhibits;
    }

    List<LocatedItem> collect(PointGuard guard) {
        List<LocatedItem> items = new ArrayList<>();
        for (Entity coordinate : entities.findAll(Optional.of(EntityType.COORDINATE))) {
            double[] latLon = parse(coordinate.normalisedKey());
            if (latLon == null) {
                continue;
            }
            for (EntitySource source : entities.sourcesOf(coordinate.id())) {
                Optional<Exhibit> found = exhibits.byId(source.exhibitId());
                if (found.isEmpty()) {
                    continue;
                }
                Exhibit exhibit = found.get();
                String written = source.rawValue() == null ? coordinate.displayValue() : source.rawValue();
                String locator = inside(exhibit, source.sourceLocator());
                guard.point("text:" + source.id(), latLon[0], latLon[1], null, KIND, written,
                        ExhibitLookup.sourceRef(exhibit, locator))
                        .ifPresent(p -> items.add(new LocatedItem(p, exhibit.id(), exhibit.ref(),
                                exhibit.originalName(), locator, null)));
            }
        }
        return items;
    }

    /** The import cites a document's own text by the exhibit's reference; only a row inside it is a locator. */
    private static String inside(Exhibit exhibit, String locator) {
        return locator == null || locator.equals(exhibit.ref()) ? "" : locator;
    }

    static double[] parse(String key) {
        int comma = key == null ? -1 : key.indexOf(',');
        if (comma < 0) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(key.substring(0, comma).trim()),
                Double.parseDouble(key.substring(comma + 1).trim())};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
