package org.spoor.mapping.gazetteer;

import java.util.List;
import java.util.Optional;

import org.spoor.mapping.layer.Routes;

/**
 * The gazetteer place nearest to a position, to name a hotspot ("near Vinh"). Provinces are left
 * out: their position is a centroid, and "near Nghệ An" says less than the town next to the spot.
 */
public final class NearestPlace {

    private final List<Place> places;

    public NearestPlace(Gazetteer gazetteer) {
        this.places = gazetteer.places().stream().filter(p -> !p.kind().startsWith("province")).toList();
    }

    /** A place and how far it is from the position. */
    public record Found(Place place, double distanceKm) {
    }

    public Optional<Found> near(double lat, double lon) {
        Place best = null;
        double bestKm = Double.MAX_VALUE;
        double cosLat = Math.cos(Math.toRadians(lat));
        for (Place p : places) {
            // Cheap planar distance first; the haversine only for the winner.
            double dLat = p.lat() - lat;
            double dLon = (p.lon() - lon) * cosLat;
            double d2 = dLat * dLat + dLon * dLon;
            if (d2 < bestKm) {
                bestKm = d2;
                best = p;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Found(best, Routes.distanceKm(lat, lon, best.lat(), best.lon())));
    }
}
