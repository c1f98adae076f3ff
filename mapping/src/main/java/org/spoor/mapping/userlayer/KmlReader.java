package org.spoor.mapping.userlayer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.spoor.mapping.MapException;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.layer.FeatureLayer;

/**
 * KML and KMZ (Google Earth, SMART): every Placemark with its name, description, time and
 * ExtendedData values; Point, LineString, Polygon and MultiGeometry. DTDs and external entities
 * are refused: a user layer is untrusted input.
 */
final class KmlReader implements UserLayerReader {

    private final GeometryFactory factory = new GeometryFactory();

    @Override
    public List<FeatureLayer> read(Path file) throws IOException {
        boolean kmz = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".kmz");
        try (InputStream raw = Files.newInputStream(file)) {
            InputStream in = kmz ? firstKml(new ZipInputStream(raw), file) : raw;
            return List.of(new FeatureLayer(UserLayers.baseName(file), parse(in)));
        } catch (XMLStreamException e) {
            throw new IOException("Not readable as KML: " + file.getFileName(), e);
        }
    }

    private static InputStream firstKml(ZipInputStream zip, Path file) throws IOException {
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            if (e.getName().toLowerCase(Locale.ROOT).endsWith(".kml")) {
                return zip;
            }
        }
        throw new MapException("map.userLayer.kmzWithoutKml", file.getFileName().toString());
    }

    private List<MapFeature> parse(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader r = f.createXMLStreamReader(in);
        List<MapFeature> out = new ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Placemark")) {
                placemark(r, out);
            }
        }
        return out;
    }

    private void placemark(XMLStreamReader r, List<MapFeature> out) throws XMLStreamException {
        Map<String, Object> props = new LinkedHashMap<>();
        List<Geometry> parts = new ArrayList<>();
        List<Coordinate[]> rings = null;
        String dataName = null;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Placemark")) {
                break;
            }
            if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Polygon") && rings != null) {
                parts.add(polygon(rings));
                rings = null;
            }
            if (ev != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "name": case "description": case "when":
                    props.putIfAbsent(r.getLocalName().equals("when") ? "time" : r.getLocalName(), r.getElementText());
                    break;
                case "Data":
                    dataName = r.getAttributeValue(null, "name");
                    break;
                case "value":
                    if (dataName != null) {
                        props.put(dataName, r.getElementText());
                    }
                    break;
                case "SimpleData":
                    props.put(r.getAttributeValue(null, "name"), r.getElementText());
                    break;
                case "Polygon":
                    rings = new ArrayList<>();
                    break;
                case "Point":
                    parts.add(factory.createPoint(coordinates(coordinatesOf(r))[0]));
                    break;
                case "LineString":
                    parts.add(factory.createLineString(coordinates(coordinatesOf(r))));
                    break;
                case "LinearRing":
                    if (rings != null) {
                        rings.add(coordinates(coordinatesOf(r)));
                    }
                    break;
                default:
                    break;
            }
        }
        if (!parts.isEmpty()) {
            Geometry g = parts.size() == 1 ? parts.get(0) : factory.buildGeometry(parts);
            out.add(new MapFeature(g, props));
        }
    }

    private Geometry polygon(List<Coordinate[]> rings) {
        LinearRing shell = factory.createLinearRing(rings.get(0));
        LinearRing[] holes = rings.subList(1, rings.size()).stream().map(factory::createLinearRing)
                .toArray(LinearRing[]::new);
        return factory.createPolygon(shell, holes);
    }

    /** Reads up to the element's {@code coordinates} child and returns its text. */
    private static String coordinatesOf(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("coordinates")) {
                return r.getElementText();
            }
        }
        return "";
    }

    private static Coordinate[] coordinates(String text) {
        String[] tuples = text.trim().split("\\s+");
        Coordinate[] cs = new Coordinate[tuples.length];
        for (int i = 0; i < tuples.length; i++) {
            String[] v = tuples[i].split(",");
            cs[i] = new Coordinate(Double.parseDouble(v[0]), Double.parseDouble(v[1]));
        }
        return cs;
    }
}
