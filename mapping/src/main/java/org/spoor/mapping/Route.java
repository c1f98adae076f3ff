package org.spoor.mapping;

import java.util.List;

/**
 * A movement: a device's positions in time order, or a shipment's origin, transit points and
 * destination. Stops are kept in the order given; {@link org.spoor.mapping.layer.Routes} builds
 * them from unordered points.
 */
public record Route(String id, String label, List<EvidencePoint> stops) {

    public Route {
        stops = List.copyOf(stops);
        label = label == null ? "" : label;
    }
}
