package org.spoor.mapping.userlayer.shapefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.spoor.mapping.MapException;
import org.spoor.mapping.crs.CoordinateConverter;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;
import org.spoor.mapping.userlayer.UserLayerReader;

/**
 * A small ESRI shapefile reader (no maintained one is on Maven Central): .shp geometry, .shx
 * record offsets, .dbf attributes (encoding from .cpg, else UTF-8). Points, multipoints,
 * polylines and polygons, with or without Z/M. A .prj that names a projected system is refused
 * unless the caller names the system, because guessing a datum misplaces evidence by hundreds of metres.
 */
public final class ShapefileReader implements UserLayerReader {

    private final CoordinateConverter converter;
    private final String sourceCrs;

    public ShapefileReader(CoordinateConverter converter) {
        this(converter, null);
    }

    /** @param sourceCrs id of the system the file's coordinates are in (e.g. "EPSG:3405"); null = WGS 84 */
    public ShapefileReader(CoordinateConverter converter, String sourceCrs) {
        this.converter = converter;
        this.sourceCrs = sourceCrs;
    }

    @Override
    public List<FeatureLayer> read(Path shp) throws IOException {
        String base = shp.getFileName().toString().replaceFirst("\\.[Ss][Hh][Pp]$", "");
        Path dir = shp.toAbsolutePath().getParent();
        Path prj = sibling(dir, base, "prj");
        if (sourceCrs == null && prj != null && Files.readString(prj).contains("PROJCS")) {
            throw new MapException("map.userLayer.projectedShapefile", shp.getFileName().toString());
        }
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(shp)).order(ByteOrder.BIG_ENDIAN);
        if (b.limit() < 100 || b.getInt(0) != 9994) {
            throw new MapException("map.userLayer.notShapefile", shp.getFileName().toString());
        }
        Path dbfPath = sibling(dir, base, "dbf");
        DbfTable dbf = dbfPath == null ? null : new DbfTable(dbfPath, charset(dir, base));
        ShapeRecords records = new ShapeRecords(new GeometryFactory());
        List<MapFeature> features = new ArrayList<>();
        int index = 0;
        for (int offset : recordOffsets(dir, base, b)) {
            int contentBytes = b.getInt(offset + 4) * 2;
            ByteBuffer body = b.slice(offset + 8, contentBytes);
            int i = index++;
            if (dbf != null && i < dbf.size() && dbf.deleted(i)) {
                continue;
            }
            Geometry g = records.decode(body);
            if (g == null) {
                continue;
            }
            if (sourceCrs != null) {
                toWgs84(g);
            }
            Map<String, Object> props = dbf != null && i < dbf.size() ? dbf.row(i) : new LinkedHashMap<>();
            features.add(new MapFeature(g, props));
        }
        return List.of(new FeatureLayer(base, features));
    }

    /** Offsets from the .shx index when there is one, else by walking the .shp records. */
    private static List<Integer> recordOffsets(Path dir, String base, ByteBuffer shp) throws IOException {
        List<Integer> offsets = new ArrayList<>();
        Path shx = sibling(dir, base, "shx");
        if (shx != null) {
            ByteBuffer x = ByteBuffer.wrap(Files.readAllBytes(shx)).order(ByteOrder.BIG_ENDIAN);
            for (int at = 100; at + 8 <= x.limit(); at += 8) {
                offsets.add(x.getInt(at) * 2);
            }
            return offsets;
        }
        int fileBytes = shp.getInt(24) * 2;
        for (int at = 100; at + 8 <= Math.min(fileBytes, shp.limit()); at += 8 + shp.getInt(at + 4) * 2) {
            offsets.add(at);
        }
        return offsets;
    }

    private void toWgs84(Geometry g) {
        for (Coordinate c : g.getCoordinates()) {
            double[] ll = converter.toWgs84(sourceCrs, c.x, c.y);
            c.x = ll[0];
            c.y = ll[1];
        }
        g.geometryChanged();
    }

    private static Charset charset(Path dir, String base) throws IOException {
        Path cpg = sibling(dir, base, "cpg");
        if (cpg != null) {
            try {
                return Charset.forName(Files.readString(cpg).trim());
            } catch (IllegalArgumentException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static Path sibling(Path dir, String base, String ext) {
        for (String e : new String[] {ext, ext.toUpperCase(java.util.Locale.ROOT)}) {
            Path p = dir.resolve(base + "." + e);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }
}
