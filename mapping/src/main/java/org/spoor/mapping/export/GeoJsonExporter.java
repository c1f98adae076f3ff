package org.spoor.mapping.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.spoor.mapping.MapModel;
import org.spoor.mapping.geojson.GeoJsonWriter;

/** RFC 7946 GeoJSON: one FeatureCollection, every feature carrying its {@code layer} property. */
final class GeoJsonExporter implements MapFormat {

    @Override
    public void write(MapModel model, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            new GeoJsonWriter().write(new ExportFeatures().all(model), os);
        }
    }
}
