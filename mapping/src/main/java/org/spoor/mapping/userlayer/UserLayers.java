package org.spoor.mapping.userlayer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.spoor.mapping.MapException;
import org.spoor.mapping.crs.CoordinateConverter;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.userlayer.shapefile.ShapefileReader;

/**
 * Imports a user layer (protected-area boundaries, SMART patrol tracks, an analyst's own points)
 * by file extension: .kml .kmz .gpx .geojson .json .gpkg .shp .csv .tsv.
 */
public final class UserLayers {

    private final CoordinateConverter converter;

    public UserLayers(CoordinateConverter converter) {
        this.converter = converter;
    }

    /**
     * @throws MapException {@code map.userLayer.unsupported} for an unknown extension,
     *                      {@code map.userLayer.unreadable} when the file is damaged
     */
    public List<FeatureLayer> read(Path file) {
        try {
            return readerFor(file).read(file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MapException) {
                throw (MapException) e;
            }
            throw new MapException(e, "map.userLayer.unreadable", file.getFileName().toString(), e.getMessage());
        }
    }

    private UserLayerReader readerFor(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String ext = name.substring(name.lastIndexOf('.') + 1);
        switch (ext) {
            case "kml":
            case "kmz":
                return new KmlReader();
            case "gpx":
                return new GpxReader();
            case "geojson":
            case "json":
                return new GeoJsonLayerReader();
            case "gpkg":
                return new GeoPackageReader();
            case "shp":
                return new ShapefileReader(converter);
            case "csv":
            case "tsv":
                return new CsvLayerReader();
            default:
                throw new MapException("map.userLayer.unsupported", file.getFileName().toString());
        }
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
