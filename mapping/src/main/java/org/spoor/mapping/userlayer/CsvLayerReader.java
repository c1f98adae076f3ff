package org.spoor.mapping.userlayer;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.spoor.mapping.MapException;
import org.spoor.mapping.gazetteer.PlaceNames;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * A table with coordinate columns (decimal degrees, WGS 84): the columns are found by header
 * (lat/latitude/vĩ độ/lintang/latitud and lon/lng/longitude/kinh độ/bujur/longitud); separator
 * comma, semicolon or tab; double-quoted fields. Every other column becomes a property.
 */
final class CsvLayerReader implements UserLayerReader {

    private static final Set<String> LAT = Set.of("lat", "latitude", "vi do", "lintang", "latitud", "y");
    private static final Set<String> LON = Set.of("lon", "lng", "long", "longitude", "kinh do", "bujur",
            "longitud", "x");

    @Override
    public List<FeatureLayer> read(Path file) throws IOException {
        GeometryFactory factory = new GeometryFactory();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String headerLine = r.readLine();
            if (headerLine == null) {
                return List.of(new FeatureLayer(UserLayers.baseName(file), List.of()));
            }
            char sep = separator(headerLine);
            List<String> header = split(headerLine.replace("\uFEFF", ""), sep);
            int lat = column(header, LAT);
            int lon = column(header, LON);
            if (lat < 0 || lon < 0) {
                throw new MapException("map.userLayer.csvNoCoordinates", file.getFileName().toString(), header);
            }
            List<MapFeature> features = new ArrayList<>();
            int lineNo = 1;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> v = split(line, sep);
                try {
                    double y = Double.parseDouble(v.get(lat).trim().replace(',', '.'));
                    double x = Double.parseDouble(v.get(lon).trim().replace(',', '.'));
                    Map<String, Object> props = new LinkedHashMap<>();
                    for (int i = 0; i < header.size() && i < v.size(); i++) {
                        if (i != lat && i != lon) {
                            props.put(header.get(i), v.get(i));
                        }
                    }
                    features.add(new MapFeature(factory.createPoint(new Coordinate(x, y)), props));
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    throw new MapException(e, "map.userLayer.csvBadRow", file.getFileName().toString(), lineNo);
                }
            }
            return List.of(new FeatureLayer(UserLayers.baseName(file), features));
        }
    }

    private static char separator(String header) {
        if (header.indexOf('\t') >= 0) {
            return '\t';
        }
        return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count()
                ? ';' : ',';
    }

    private static int column(List<String> header, Set<String> names) {
        for (int i = 0; i < header.size(); i++) {
            if (names.contains(PlaceNames.fold(header.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    static List<String> split(String line, char sep) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
