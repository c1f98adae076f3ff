package org.spoor.app.ui.map;

import java.nio.file.Path;
import java.util.List;

import org.spoor.ingest.located.LocatedItem;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.layer.FeatureLayer;

/** What the map view reads and writes; every call is slow (database, files) and runs off the FX thread. */
public interface MapSource {

    /** The case's title, shown on the map and in exports. */
    String title();

    /** Every located item of the case. */
    List<LocatedItem> items();

    /** Writes the map (format from the extension) and records the export in the case's audit log. */
    void export(MapModel model, Path out);

    /** Reads a user layer (KML, GPX, GeoJSON, GeoPackage, shapefile, CSV). */
    List<FeatureLayer> readLayer(Path file);
}
