package org.spoor.mapping.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.mapping.MapException;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.basemap.Basemap;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.RenderOptions;

/**
 * Writes a map in the format its file name asks for: {@code .geojson} (or {@code .json}),
 * {@code .kml}, {@code .gpkg} or {@code .png}. This is what {@code spoor map CASE --out FILE} calls.
 */
public final class MapExporter {

    private static final Logger LOG = LoggerFactory.getLogger(MapExporter.class);

    private final MapRenderer renderer;
    private final RenderOptions pngOptions;

    public MapExporter(Basemap basemap) {
        this(new MapRenderer(basemap), RenderOptions.standard());
    }

    public MapExporter(MapRenderer renderer, RenderOptions pngOptions) {
        this.renderer = renderer;
        this.pngOptions = pngOptions;
    }

    /**
     * @throws MapException {@code map.export.unsupported} for an unknown extension,
     *                      {@code map.export.failed} when the file cannot be written
     */
    public void export(MapModel model, Path out) {
        MapFormat format = formatFor(out);
        try {
            format.write(model, out);
            LOG.info("Map with {} points and {} routes written to {}", model.visiblePoints().size(),
                    model.visibleRoutes().size(), out);
        } catch (IOException | RuntimeException e) {
            if (e instanceof MapException) {
                throw (MapException) e;
            }
            throw new MapException(e, "map.export.failed", out.toString());
        }
    }

    public static boolean supports(Path out) {
        String ext = extension(out);
        return ext.equals("geojson") || ext.equals("json") || ext.equals("kml") || ext.equals("gpkg")
                || ext.equals("png");
    }

    private MapFormat formatFor(Path out) {
        switch (extension(out)) {
            case "geojson":
            case "json":
                return new GeoJsonExporter();
            case "kml":
                return new KmlExporter();
            case "gpkg":
                return new GeoPackageExporter();
            case "png":
                return new PngExporter(renderer, pngOptions);
            default:
                throw new MapException("map.export.unsupported", out.getFileName().toString());
        }
    }

    private static String extension(Path out) {
        String name = out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
