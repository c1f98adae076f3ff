package org.spoor.app.ui.map;

import java.nio.file.Path;
import java.util.List;

import org.locationtech.jts.geom.Polygon;
import org.spoor.casefile.CaseException;
import org.spoor.ingest.located.LocatedItem;
import org.spoor.ingest.located.PlaceMention;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.area.MapArea;
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

    /** The areas of interest drawn in the case. */
    default List<MapArea> areas() {
        return List.of();
    }

    /** Stores a drawn area (audited as {@code area.created}). */
    default MapArea createArea(String name, String note, Polygon outline) throws CaseException {
        throw new UnsupportedOperationException("This map cannot store areas");
    }

    /** Renames an area (audited as {@code area.renamed}). */
    default MapArea renameArea(String id, String name, String note) throws CaseException {
        throw new UnsupportedOperationException("This map cannot store areas");
    }

    /** Removes an area (audited as {@code area.deleted}). */
    default void deleteArea(String id) throws CaseException {
        throw new UnsupportedOperationException("This map cannot store areas");
    }

    /** Every place name found and geocoded in the case, with its decision if any (reads all the case's text). */
    default List<PlaceMention> places() {
        return List.of();
    }

    /** Confirms or rejects a geocoded place (audited as {@code place.confirmed} / {@code place.rejected}). */
    default PlaceMention decide(PlaceMention place, boolean confirm, String reason) throws CaseException {
        throw new UnsupportedOperationException("This map cannot store decisions");
    }
}
