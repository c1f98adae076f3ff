package org.spoor.mapping.crs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Viet Nam's VN-2000 reference system. The datum shift is the one published with Decision
 * 05/2007/QD-BTNMT (EPSG transformation "VN-2000 to WGS 84 (2)"), given there in the
 * coordinate-frame convention; PROJ.4's +towgs84 uses the position-vector convention, so the
 * three rotations carry the opposite sign here.
 *
 * <p>Provincial grids (Circular 973/2001/TT-TCDC): transverse Mercator on the WGS 84 ellipsoid,
 * scale 0.9999, false easting 500 km, one central meridian per (pre-2025) province. EPSG has
 * them as "VN-2000 / TM-3 ..." (5896-5899, 9205-9218); proj4j has none of them.
 */
public final class Vn2000 {

    public static final String TOWGS84 = "+towgs84=-191.90441429,-39.30318279,-111.45032835,"
            + "0.00928836,-0.01975479,0.00427372,0.252906278";
    static final String ELLIPSOID = "+ellps=WGS84 " + TOWGS84;

    private Vn2000() {
    }

    /** Central meridian in degrees of each province's VN-2000 grid, keyed by the province name. */
    public static Map<String, Double> provincialMeridians() {
        Map<String, Double> m = new LinkedHashMap<>();
        put(m, 103.0, "Lai Châu", "Điện Biên");
        put(m, 104.0, "Sơn La");
        put(m, 104.5, "Kiên Giang", "Cà Mau");
        put(m, 104.75, "Lào Cai", "Yên Bái", "Nghệ An", "Phú Thọ", "An Giang");
        put(m, 105.0, "Vĩnh Phúc", "Hà Nam", "Ninh Bình", "Thanh Hóa", "Đồng Tháp", "Cần Thơ",
                "Hậu Giang", "Bạc Liêu", "Hà Nội");
        put(m, 105.5, "Hà Giang", "Bắc Ninh", "Hải Dương", "Hưng Yên", "Nam Định", "Thái Bình",
                "Hà Tĩnh", "Tây Ninh", "Vĩnh Long", "Trà Vinh", "Sóc Trăng");
        put(m, 105.75, "Cao Bằng", "Long An", "Tiền Giang", "Bến Tre", "Hải Phòng", "Hồ Chí Minh",
                "Bình Dương");
        put(m, 106.0, "Tuyên Quang", "Hòa Bình", "Quảng Bình");
        put(m, 106.25, "Quảng Trị", "Bình Phước");
        put(m, 106.5, "Bắc Kạn", "Thái Nguyên");
        put(m, 107.0, "Bắc Giang", "Thừa Thiên Huế");
        put(m, 107.25, "Lạng Sơn");
        put(m, 107.5, "Kon Tum");
        put(m, 107.75, "Quảng Ninh", "Đồng Nai", "Bà Rịa - Vũng Tàu", "Quảng Nam", "Lâm Đồng", "Đà Nẵng");
        put(m, 108.0, "Quảng Ngãi");
        put(m, 108.25, "Ninh Thuận", "Khánh Hòa", "Bình Định");
        put(m, 108.5, "Đắk Lắk", "Đắk Nông", "Phú Yên", "Gia Lai", "Bình Thuận");
        return m;
    }

    private static void put(Map<String, Double> m, double meridian, String... provinces) {
        for (String p : provinces) {
            m.put(p, meridian);
        }
    }

    static String provincialGrid(double meridian) {
        return "+proj=tmerc +lat_0=0 +lon_0=" + meridian + " +k=0.9999 +x_0=500000 +y_0=0 " + ELLIPSOID
                + " +units=m +no_defs";
    }
}
