package org.spoor.mapping.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.geojson.MapFeature;
import org.spoor.mapping.render.KindStyle;

/**
 * KML 2.2 for Google Earth and SMART: one Folder per layer, one Placemark per feature, the
 * attributes in ExtendedData, the time in TimeStamp so Google Earth's time slider works.
 */
final class KmlExporter implements MapFormat {

    private static final String NS = "http://www.opengis.net/kml/2.2";

    @Override
    public void write(MapModel model, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("kml");
            w.writeDefaultNamespace(NS);
            w.writeStartElement("Document");
            text(w, "name", model.title());
            Map<String, List<MapFeature>> layers = new ExportFeatures().byLayer(model);
            styles(w, layers);
            for (Map.Entry<String, List<MapFeature>> layer : layers.entrySet()) {
                w.writeStartElement("Folder");
                text(w, "name", layer.getKey());
                for (MapFeature f : layer.getValue()) {
                    placemark(w, f);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("Cannot write KML " + out, e);
        }
    }

    /** One style per evidence kind, in the colours of the PNG legend, so Google Earth shows the same map. */
    private static void styles(XMLStreamWriter w, Map<String, List<MapFeature>> layers) throws XMLStreamException {
        java.util.Set<String> kinds = new java.util.TreeSet<>();
        layers.values().forEach(fs -> fs.forEach(f -> kinds.add(f.text("kind"))));
        for (String kind : kinds) {
            java.awt.Color c = kind.equals("route") ? new java.awt.Color(0x8B1A4A) : KindStyle.colour(kind);
            String abgr = String.format("ff%02x%02x%02x", c.getBlue(), c.getGreen(), c.getRed());
            w.writeStartElement("Style");
            w.writeAttribute("id", styleId(kind));
            w.writeStartElement("IconStyle");
            text(w, "color", abgr);
            text(w, "scale", "0.8");
            w.writeEndElement();
            w.writeStartElement("LineStyle");
            text(w, "color", abgr);
            text(w, "width", "3");
            w.writeEndElement();
            if (kind.equals("area")) { // an area's inside stays see-through, so the evidence in it shows
                w.writeStartElement("PolyStyle");
                text(w, "color", "33" + abgr.substring(2));
                w.writeEndElement();
            }
            w.writeEndElement();
        }
    }

    private static String styleId(String kind) {
        return "kind-" + (kind.isEmpty() ? "none" : kind.replaceAll("[^A-Za-z0-9_-]", "_"));
    }

    private static void placemark(XMLStreamWriter w, MapFeature f) throws XMLStreamException {
        w.writeStartElement("Placemark");
        String label = f.text("label");
        text(w, "name", label.isEmpty() ? f.text("name") : label);
        Object time = f.properties().get("time");
        if (time != null && !time.toString().isEmpty()) {
            w.writeStartElement("TimeStamp");
            text(w, "when", time.toString());
            w.writeEndElement();
        }
        text(w, "styleUrl", "#" + styleId(f.text("kind"))); // KML 2.2 order: TimePrimitive, styleUrl, ExtendedData
        w.writeStartElement("ExtendedData");
        for (Map.Entry<String, Object> e : f.properties().entrySet()) {
            w.writeStartElement("Data");
            w.writeAttribute("name", e.getKey());
            text(w, "value", e.getValue() == null ? "" : e.getValue().toString());
            w.writeEndElement();
        }
        w.writeEndElement();
        geometry(w, f.geometry());
        w.writeEndElement();
    }

    private static void geometry(XMLStreamWriter w, Geometry g) throws XMLStreamException {
        if (g instanceof Point) {
            w.writeStartElement("Point");
            text(w, "coordinates", coordinates(g.getCoordinates()));
            w.writeEndElement();
        } else if (g instanceof LineString) {
            w.writeStartElement("LineString");
            text(w, "tessellate", "1");
            text(w, "coordinates", coordinates(g.getCoordinates()));
            w.writeEndElement();
        } else if (g instanceof Polygon) {
            Polygon p = (Polygon) g;
            w.writeStartElement("Polygon");
            ring(w, "outerBoundaryIs", p.getExteriorRing().getCoordinates());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(w, "innerBoundaryIs", p.getInteriorRingN(i).getCoordinates());
            }
            w.writeEndElement();
        } else {
            w.writeStartElement("MultiGeometry");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                geometry(w, g.getGeometryN(i));
            }
            w.writeEndElement();
        }
    }

    private static void ring(XMLStreamWriter w, String boundary, Coordinate[] cs) throws XMLStreamException {
        w.writeStartElement(boundary);
        w.writeStartElement("LinearRing");
        text(w, "coordinates", coordinates(cs));
        w.writeEndElement();
        w.writeEndElement();
    }

    private static String coordinates(Coordinate[] cs) {
        StringBuilder sb = new StringBuilder(cs.length * 24);
        for (Coordinate c : cs) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.x).append(',').append(c.y);
        }
        return sb.toString();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
