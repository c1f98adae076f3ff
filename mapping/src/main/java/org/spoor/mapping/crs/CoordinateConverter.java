package org.spoor.mapping.crs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.spoor.mapping.MapException;

/**
 * Converts coordinates typed in any known system to WGS 84 and back. Transforms are built once
 * per system; a {@link CoordinateTransform} is not thread-safe, so each call takes its own copy
 * from a thread-confined cache.
 */
public final class CoordinateConverter {

    private final CoordinateSystems systems;
    private final CRSFactory crsFactory = new CRSFactory();
    private final CoordinateTransformFactory transforms = new CoordinateTransformFactory();
    private final Map<String, CoordinateReferenceSystem> crsCache = new ConcurrentHashMap<>();
    private final ThreadLocal<Map<String, CoordinateTransform>> transformCache =
            ThreadLocal.withInitial(java.util.HashMap::new);

    public CoordinateConverter(CoordinateSystems systems) {
        this.systems = systems;
    }

    /** Position in {@code crsId} (x = easting or longitude) to WGS 84: {lon, lat}. */
    public double[] toWgs84(String crsId, double x, double y) {
        return transform(crsId, CoordinateSystems.WGS84, x, y);
    }

    /** WGS 84 longitude/latitude to {@code crsId}: {x, y}. */
    public double[] fromWgs84(String crsId, double lon, double lat) {
        return transform(CoordinateSystems.WGS84, crsId, lon, lat);
    }

    public double[] transform(String fromId, String toId, double x, double y) {
        CoordinateTransform t = transformCache.get().computeIfAbsent(fromId + ">" + toId,
                k -> transforms.createTransform(crs(fromId), crs(toId)));
        ProjCoordinate out = new ProjCoordinate();
        try {
            t.transform(new ProjCoordinate(x, y), out);
        } catch (RuntimeException e) {
            throw new MapException(e, "map.crs.transformFailed", fromId, toId, x, y);
        }
        if (Double.isNaN(out.x) || Double.isNaN(out.y) || Double.isInfinite(out.x)) {
            throw new MapException("map.crs.transformFailed", fromId, toId, x, y);
        }
        return new double[] {out.x, out.y};
    }

    private CoordinateReferenceSystem crs(String id) {
        return crsCache.computeIfAbsent(id, k -> {
            NamedCrs named = systems.require(k);
            return crsFactory.createFromParameters(named.id(), named.proj4());
        });
    }
}
