package org.spoor.mapping.crs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.spoor.mapping.MapException;
import org.spoor.mapping.gazetteer.PlaceNames;

/**
 * The coordinate systems of the eight countries Spoor serves, plus WGS 84 and every UTM zone.
 * Definitions are PROJ.4 strings taken from PROJ's EPSG database (projinfo), with the datum
 * shift PROJ itself picks for the country; tests compare them with PROJ's cs2cs.
 */
public final class CoordinateSystems {

    public static final String WGS84 = "EPSG:4326";
    private static final String WGS84_DEF = "+proj=longlat +datum=WGS84 +no_defs";

    private final Map<String, NamedCrs> byId = new LinkedHashMap<>();

    public CoordinateSystems() {
        add(WGS84, "WGS 84", "", WGS84_DEF);
        add("EPSG:4756", "VN-2000", "VN", "+proj=longlat " + Vn2000.ELLIPSOID + " +no_defs");
        add("EPSG:3405", "VN-2000 / UTM zone 48N", "VN", "+proj=utm +zone=48 " + Vn2000.ELLIPSOID
                + " +units=m +no_defs");
        add("EPSG:3406", "VN-2000 / UTM zone 49N", "VN", "+proj=utm +zone=49 " + Vn2000.ELLIPSOID
                + " +units=m +no_defs");
        add("EPSG:5896", "VN-2000 / TM-3 zone 481 (102°E)", "VN", Vn2000.provincialGrid(102));
        add("EPSG:5897", "VN-2000 / TM-3 zone 482 (105°E)", "VN", Vn2000.provincialGrid(105));
        add("EPSG:5898", "VN-2000 / TM-3 zone 491 (108°E)", "VN", Vn2000.provincialGrid(108));
        addVn2000Tm3();
        Vn2000.provincialMeridians().forEach((province, meridian) -> add(vn2000ProvinceId(province),
                "VN-2000 / " + province + " (TM-3 " + meridian + "°E)", "VN", Vn2000.provincialGrid(meridian)));
        // Indian 1960 (Cambodia, old Vietnamese maps): EPSG publishes a shift only for Viet Nam 14-18 N
        // ("Indian 1960 to WGS 84 (2)", 44 m); PROJ has none for Cambodia. We use that one everywhere.
        add("EPSG:4131", "Indian 1960", "KH", "+proj=longlat +ellps=evrst30 +towgs84=198,881,317,0,0,0,0 +no_defs");
        add("EPSG:3148", "Indian 1960 / UTM zone 48N", "KH",
                "+proj=utm +zone=48 +ellps=evrst30 +towgs84=198,881,317,0,0,0,0 +units=m +no_defs");
        add("EPSG:4678", "Lao 1997", "LA", "+proj=longlat +ellps=krass +towgs84=44.585,-131.212,-39.544,0,0,0,0"
                + " +no_defs");
        add("EPSG:4755", "DGN95", "ID", "+proj=longlat +ellps=WGS84 +towgs84=0,0,0,0,0,0,0 +no_defs");
        addIndonesiaTm3();
        add("EPSG:4686", "MAGNA-SIRGAS", "CO", "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs");
        add("EPSG:3116", "MAGNA-SIRGAS / Colombia Bogota zone", "CO", "+proj=tmerc +lat_0=4.59620041666667"
                + " +lon_0=-74.0775079166667 +k=1 +x_0=1000000 +y_0=1000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0"
                + " +units=m +no_defs");
        add("EPSG:9377", "MAGNA-SIRGAS / Origen-Nacional", "CO", "+proj=tmerc +lat_0=4 +lon_0=-73 +k=0.9992"
                + " +x_0=5000000 +y_0=2000000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");
        add("EPSG:5373", "Peru96", "PE", "+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs");
        // PSAD56: PROJ picks "PSAD56 to WGS 84 (8)" in Peru and "(14)" in Ecuador (coordinate-frame
        // rotations in EPSG, negated here for PROJ.4's position-vector +towgs84).
        String peru = " +ellps=intl +towgs84=-279,175,-379,0,0,0,0 +units=m +no_defs";
        for (int zone = 17; zone <= 19; zone++) {
            String code = zone == 17 ? "EPSG:5839" : zone == 18 ? "EPSG:5387" : "EPSG:5389";
            add(code, "Peru96 / UTM zone " + zone + "S", "PE", "+proj=utm +zone=" + zone
                    + " +south +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");
            add("EPSG:" + (24860 + zone), "PSAD56 / UTM zone " + zone + "S", "PE",
                    "+proj=utm +zone=" + zone + " +south" + peru);
        }
        add("EPSG:24817", "PSAD56 / UTM zone 17N", "EC", "+proj=utm +zone=17 +ellps=intl"
                + " +towgs84=-60.31,245.935,31.008,12.324,3.755,-7.37,0.447 +units=m +no_defs");
        // Mongolia's MONREF97 is ITRF-based and agrees with WGS 84 within a metre: UTM 46N-50N.
        for (int zone = 1; zone <= 60; zone++) {
            add("EPSG:" + (32600 + zone), "WGS 84 / UTM zone " + zone + "N", "", utmDef(zone, true));
            add("EPSG:" + (32700 + zone), "WGS 84 / UTM zone " + zone + "S", "", utmDef(zone, false));
        }
    }

    /** EPSG's own codes for the VN-2000 TM-3 grids (the provinces' grids under their meridian). */
    private void addVn2000Tm3() {
        double[] meridians = {103, 104, 104.5, 104.75, 105.5, 105.75, 106, 106.25, 106.5, 107, 107.25, 107.5,
            108.25, 108.5};
        add("EPSG:5899", "VN-2000 / TM-3 107-45", "VN", Vn2000.provincialGrid(107.75));
        for (int i = 0; i < meridians.length; i++) {
            int deg = (int) meridians[i];
            int min = (int) Math.round((meridians[i] - deg) * 60);
            add("EPSG:" + (9205 + i), String.format(Locale.ROOT, "VN-2000 / TM-3 %d-%02d", deg, min), "VN",
                    Vn2000.provincialGrid(meridians[i]));
        }
    }

    private void addIndonesiaTm3() {
        // DGN95 / Indonesia TM-3 zones 46.2 .. 54.1 (EPSG:23830-23845): 3-degree zones from 94.5 E.
        for (int i = 0; i < 16; i++) {
            double meridian = 94.5 + 3 * i;
            int utm = 46 + (i + 1) / 2;
            String zone = utm + "." + ((i + 1) % 2 + 1);
            add("EPSG:" + (23830 + i), "DGN95 / Indonesia TM-3 zone " + zone, "ID",
                    "+proj=tmerc +lat_0=0 +lon_0=" + meridian + " +k=0.9999 +x_0=200000 +y_0=1500000"
                            + " +ellps=WGS84 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs");
        }
    }

    private static String utmDef(int zone, boolean north) {
        return "+proj=utm +zone=" + zone + (north ? "" : " +south") + " +datum=WGS84 +units=m +no_defs";
    }

    private void add(String id, String name, String country, String proj4) {
        byId.put(id, new NamedCrs(id, name, country, proj4));
    }

    public static String vn2000ProvinceId(String province) {
        return "VN2000:" + PlaceNames.fold(province).toUpperCase(Locale.ROOT).replace(' ', '-');
    }

    public List<NamedCrs> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }

    /** Finds a system by id ("EPSG:3405"), by name ("VN-2000 / UTM zone 48N") or by province name. */
    public Optional<NamedCrs> find(String idOrName) {
        NamedCrs direct = byId.get(idOrName.trim().toUpperCase(Locale.ROOT));
        if (direct != null) {
            return Optional.of(direct);
        }
        String folded = PlaceNames.fold(idOrName);
        NamedCrs province = byId.get(vn2000ProvinceId(folded.replaceFirst("^vn 2000 ", "")));
        if (province != null) {
            return Optional.of(province);
        }
        return byId.values().stream().filter(c -> PlaceNames.fold(c.name()).equals(folded)).findFirst();
    }

    public NamedCrs require(String idOrName) {
        return find(idOrName).orElseThrow(() -> new MapException("map.crs.unknown", idOrName));
    }

    /** The WGS 84 UTM zone holding a position (the Norway/Svalbard exceptions do not concern us). */
    public NamedCrs utmFor(double lat, double lon) {
        int zone = Math.min(60, (int) Math.floor((lon + 180) / 6) + 1);
        return byId.get("EPSG:" + ((lat >= 0 ? 32600 : 32700) + zone));
    }
}
