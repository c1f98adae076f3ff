package org.spoor.mapping.basemap;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.mapping.MapException;
import org.spoor.mapping.geojson.GeoJsonReader;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * Loads the basemap shipped in the jar (derived by mapping/tools/build_basemap.py; sources and
 * licences in mapping/NOTICE-data.md). Loading takes a few hundred milliseconds: load once and
 * share the {@link Basemap}, it is immutable.
 */
public final class BasemapLoader {

    static final String BASE = "/org/spoor/mapping/basemap/";
    private static final Logger LOG = LoggerFactory.getLogger(BasemapLoader.class);

    private final GeoJsonReader reader = new GeoJsonReader(new GeometryFactory());

    public Basemap load() {
        long start = System.nanoTime();
        Basemap map = new Basemap(layer("countries"), layer("admin1"), layer("disputed"), layer("rivers"),
                layer("lakes"));
        LOG.debug("Basemap loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
        return map;
    }

    private FeatureLayer layer(String name) {
        String path = BASE + name + ".geojson.gz";
        try (InputStream raw = BasemapLoader.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new MapException("map.basemap.missing", path);
            }
            List<MapFeature> features = reader.read(new GZIPInputStream(raw, 1 << 16));
            return new FeatureLayer(name, features);
        } catch (IOException e) {
            throw new MapException(e, "map.basemap.unreadable", path);
        }
    }
}
