package org.spoor.mapping.area;

import java.util.Objects;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.spoor.mapping.MapException;

/**
 * An area of interest the investigator drew and named, as the map draws, counts and exports it.
 *
 * @param id       the case's id of the area
 * @param outline  the polygon, WGS 84 (x = longitude, y = latitude)
 */
public record MapArea(String id, String name, String note, Polygon outline) {

    public MapArea {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outline, "outline");
        name = name == null ? "" : name;
        note = note == null ? "" : note;
    }

    /**
     * Reads an area stored as WKT.
     *
     * @throws MapException {@code map.area.badGeometry} when the text is no valid polygon
     */
    public static MapArea fromWkt(String id, String name, String note, String wkt) {
        try {
            Geometry g = new WKTReader().read(wkt);
            if (!(g instanceof Polygon) || g.isEmpty() || !g.isValid()) {
                throw new MapException("map.area.badGeometry", name);
            }
            return new MapArea(id, name, note, (Polygon) g);
        } catch (ParseException e) {
            throw new MapException(e, "map.area.badGeometry", name);
        }
    }

    /** The outline as WKT, what the case stores. */
    public String wkt() {
        return new WKTWriter().write(outline);
    }
}
