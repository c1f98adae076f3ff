package org.spoor.mapping.userlayer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.locationtech.jts.geom.GeometryFactory;
import org.spoor.mapping.geojson.GeoJsonReader;
import org.spoor.mapping.layer.FeatureLayer;

/** GeoJSON user layers (RFC 7946: always WGS 84). */
final class GeoJsonLayerReader implements UserLayerReader {

    @Override
    public List<FeatureLayer> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return List.of(new FeatureLayer(UserLayers.baseName(file),
                    new GeoJsonReader(new GeometryFactory()).read(in)));
        }
    }
}
