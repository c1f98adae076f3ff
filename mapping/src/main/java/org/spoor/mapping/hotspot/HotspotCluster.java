package org.spoor.mapping.hotspot;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A hotspot: evidence points crowded within {@code radiusKm} of a centre, ranked by how many.
 *
 * @param rank         1 for the busiest
 * @param kinds        how many points of each evidence kind, most first
 * @param from         the earliest dated point; null when none is dated
 * @param to           the latest dated point
 * @param nearestPlace the nearest gazetteer place's name (local script), empty when none is known
 * @param placeKm      how far that place is from the centre
 * @param pointIds     the ids of the points in it
 */
public record HotspotCluster(int rank, double lat, double lon, double radiusKm, int count,
                             Map<String, Integer> kinds, Instant from, Instant to, String nearestPlace,
                             double placeKm, List<String> pointIds) {

    public HotspotCluster {
        kinds = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(kinds));
        pointIds = List.copyOf(pointIds);
        nearestPlace = nearestPlace == null ? "" : nearestPlace;
    }

    /** {@code "phone_location 12, photo 3"}: the kinds as an export attribute or a list cell prints them. */
    public String kindsText() {
        StringBuilder sb = new StringBuilder();
        kinds.forEach((k, n) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(n));
        return sb.toString();
    }
}
