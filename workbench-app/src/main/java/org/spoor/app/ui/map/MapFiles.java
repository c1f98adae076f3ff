package org.spoor.app.ui.map;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** Where the map view asks people for files; tests answer without a system dialog. */
public interface MapFiles {

    /** The file to export the map to (its extension picks the format). */
    Optional<Path> exportTo(Window owner, String suggestedName);

    /** A layer file to add (KML, KMZ, GPX, GeoJSON, GeoPackage, shapefile, CSV). */
    Optional<Path> layerToAdd(Window owner);
}
