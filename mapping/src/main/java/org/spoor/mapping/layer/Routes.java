package org.spoor.mapping.layer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.Route;

/** Builds routes from positions: a device's fixes in time order, one route per device. */
public final class Routes {

    private Routes() {
    }

    /** One route through the dated positions in time order; undated positions cannot be placed and are left out. */
    public static Route inTimeOrder(String id, String label, Collection<EvidencePoint> positions) {
        List<EvidencePoint> dated = positions.stream().filter(p -> p.time() != null)
                .sorted(Comparator.comparing(EvidencePoint::time).thenComparing(EvidencePoint::id)).toList();
        return new Route(id, label, dated);
    }

    /** One route per key (device id, phone number, shipment number), each in time order. */
    public static List<Route> perKey(Collection<EvidencePoint> positions, Function<EvidencePoint, String> key) {
        Map<String, List<EvidencePoint>> groups = new LinkedHashMap<>();
        for (EvidencePoint p : positions) {
            groups.computeIfAbsent(Objects.requireNonNullElse(key.apply(p), ""), k -> new ArrayList<>()).add(p);
        }
        List<Route> routes = new ArrayList<>();
        groups.forEach((k, pts) -> {
            Route r = inTimeOrder(k, k, pts);
            if (r.stops().size() >= 2) {
                routes.add(r);
            }
        });
        return routes;
    }

    /** Great-circle length of a route in kilometres (haversine, mean Earth radius). */
    public static double lengthKm(Route route) {
        double km = 0;
        List<EvidencePoint> s = route.stops();
        for (int i = 1; i < s.size(); i++) {
            km += distanceKm(s.get(i - 1).lat(), s.get(i - 1).lon(), s.get(i).lat(), s.get(i).lon());
        }
        return km;
    }

    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
