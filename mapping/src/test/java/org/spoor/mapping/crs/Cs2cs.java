package org.spoor.mapping.crs;

import org.spoor.mapping.ExternalTool;

/**
 * PROJ's own answer for a WGS 84 position in an EPSG system, with the axes put in x = east
 * (or longitude), y = north (or latitude) order whatever order EPSG defines for that system.
 */
final class Cs2cs {

    private Cs2cs() {
    }

    static double[] fromWgs84(String epsg, double lat, double lon) {
        String out = ExternalTool.run(lat + " " + lon + "\n", "cs2cs", "-f", "%.6f", "EPSG:4326", epsg).trim();
        String[] v = out.split("\\s+");
        double a = Double.parseDouble(v[0]);
        double b = Double.parseDouble(v[1]);
        return northFirst(epsg) ? new double[] {b, a} : new double[] {a, b};
    }

    private static boolean northFirst(String epsg) {
        String wkt = ExternalTool.run(null, "projinfo", "-o", "WKT2_2019", "-q", epsg);
        int axis = wkt.indexOf("AXIS[");
        String first = wkt.substring(axis, wkt.indexOf(']', axis)).toLowerCase(java.util.Locale.ROOT);
        return first.contains("north") || first.contains("latitude");
    }
}
