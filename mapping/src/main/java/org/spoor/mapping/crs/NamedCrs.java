package org.spoor.mapping.crs;

/**
 * A coordinate system an investigator may meet in evidence: its id ("EPSG:3405", "VN2000:HA-NOI"),
 * a readable name, the country it serves ("VN", or "" for world-wide) and its PROJ.4 definition.
 * Geographic systems take longitude/latitude in degrees; projected ones easting/northing in metres.
 */
public record NamedCrs(String id, String name, String country, String proj4) {

    public boolean geographic() {
        return proj4.contains("+proj=longlat");
    }
}
