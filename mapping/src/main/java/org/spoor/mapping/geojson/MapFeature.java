package org.spoor.mapping.geojson;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/** A geometry in WGS 84 (x = longitude, y = latitude) with its attribute values. */
public record MapFeature(Geometry geometry, Map<String, Object> properties) {

    public MapFeature {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public String text(String key) {
        Object v = properties.get(key);
        return v == null ? "" : v.toString();
    }
}
