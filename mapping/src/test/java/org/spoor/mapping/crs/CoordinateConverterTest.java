package org.spoor.mapping.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CoordinateConverterTest {

    private final CoordinateSystems systems = new CoordinateSystems();
    private final CoordinateConverter converter = new CoordinateConverter(systems);

    /** Values computed with PROJ 9.1.1 cs2cs (EPSG:4326 to the system), easting/longitude first. */
    static Stream<Arguments> provenByCs2cs() {
        return Stream.of(
                Arguments.of("EPSG:3405", 21.0285, 105.8542, 588565.3638, 2325647.3383),
                Arguments.of("EPSG:3406", 16.0544, 108.2022, 200445.1651, 1777091.2708),
                Arguments.of("EPSG:4756", 21.0285, 105.8542, 105.8523, 21.0295),
                Arguments.of("EPSG:5897", 21.0285, 105.8542, 588591.9440, 2326345.3117),
                Arguments.of("EPSG:5899", 16.0544, 108.2022, 548188.2987, 1775651.1606),
                Arguments.of("EPSG:9210", 21.0285, 105.8542, 510634.8256, 2326112.2492),
                Arguments.of("EPSG:32648", 21.0285, 105.8542, 588761.5873, 2325539.2524),
                Arguments.of("EPSG:32718", -3.7437, -73.2516, 694170.8420, 9586009.2746),
                Arguments.of("EPSG:24817", -0.1807, -78.4678, 782110.6889, -19626.6351),
                Arguments.of("EPSG:23834", -6.2088, 106.8456, 238244.2539, 813495.6951),
                Arguments.of("EPSG:3116", 4.6097, -74.0817, 999534.8389, 1001492.8046));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("provenByCs2cs")
    void wgs84PositionsLandWherePROJPutsThem(String crs, double lat, double lon, double x, double y) {
        double[] ours = converter.fromWgs84(crs, lon, lat);
        double tolerance = systems.require(crs).geographic() ? 1e-4 : 0.05;
        assertThat(ours[0]).isCloseTo(x, within(tolerance));
        assertThat(ours[1]).isCloseTo(y, within(tolerance));
    }

    @Test
    void vn2000GridCoordinatesTypedByAnInvestigatorComeBackToTheirWgs84Place() {
        double[] lonLat = converter.toWgs84("EPSG:3405", 588565.3638, 2325647.3383);
        assertThat(lonLat[0]).isCloseTo(105.8542, within(1e-7));
        assertThat(lonLat[1]).isCloseTo(21.0285, within(1e-7));
    }

    @Test
    void theVn2000DatumShiftMovesHanoiByAboutTwoHundredMetres() {
        double[] wgs = converter.fromWgs84("EPSG:32648", 105.8542, 21.0285);
        double[] vn = converter.fromWgs84("EPSG:3405", 105.8542, 21.0285);
        double shift = Math.hypot(wgs[0] - vn[0], wgs[1] - vn[1]);
        assertThat(shift).isBetween(150.0, 250.0);
    }

    @Test
    void everyEpsgSystemAgreesWithLiveCs2csWithinFiveCentimetres() {
        for (NamedCrs crs : systems.all()) {
            if (!crs.id().startsWith("EPSG:") || crs.id().startsWith("EPSG:326") || crs.id().startsWith("EPSG:327")) {
                continue; // the 120 plain UTM zones: see the table above and the zone test below
            }
            double[] place = testPlace(crs);
            double[] ours = converter.fromWgs84(crs.id(), place[1], place[0]);
            double[] proj = Cs2cs.fromWgs84(crs.id(), place[0], place[1]);
            double tolerance = crs.geographic() ? 1e-6 : 0.05;
            assertThat(ours[0]).as(crs.id() + " x").isCloseTo(proj[0], within(tolerance));
            assertThat(ours[1]).as(crs.id() + " y").isCloseTo(proj[1], within(tolerance));
        }
    }

    /**
     * A position {lat, lon} inside the area where PROJ applies the same datum shift we define, and
     * near the projection's central meridian (proj4j's transverse Mercator drifts far from it).
     */
    private static double[] testPlace(NamedCrs crs) {
        String def = crs.proj4();
        double centre = def.contains("+lon_0=") ? Double.parseDouble(def.replaceAll(".*\\+lon_0=([-0-9.]+).*", "$1"))
                : def.contains("+zone=") ? -183 + 6 * Integer.parseInt(def.replaceAll(".*\\+zone=(\\d+).*", "$1"))
                : Double.NaN;
        switch (crs.country()) {
            case "VN": return new double[] {16.05, Double.isNaN(centre) ? 108.2 : centre + 0.3};
            case "KH": return new double[] {16.0544, 108.2022}; // EPSG's only Indian 1960 shift: VN 14-18 N
            case "LA": return new double[] {17.9757, 102.6331};
            case "ID": return new double[] {-2.0, Double.isNaN(centre) ? 106.8456 : centre + 0.5};
            case "CO": return new double[] {4.6097, -74.0817};
            case "EC": return new double[] {-0.1807, -78.4678};
            case "PE":
                if (def.contains("+zone=17")) {
                    return new double[] {-5.1945, -80.6328};
                }
                return def.contains("+zone=19") ? new double[] {-12.5933, -69.1891} : new double[] {-3.7437, -73.2516};
            default: return new double[] {21.0285, 105.8542};
        }
    }

    @Test
    void theVn2000ProvincialGridOfHaTinhMatchesEpsgTm3At105Degrees30() {
        double[] ours = converter.fromWgs84(CoordinateSystems.vn2000ProvinceId("Hà Tĩnh"), 105.155, 18.386);
        double[] proj = Cs2cs.fromWgs84("EPSG:9209", 18.386, 105.155);
        assertThat(ours[0]).isCloseTo(proj[0], within(0.05));
        assertThat(ours[1]).isCloseTo(proj[1], within(0.05));
    }

    @Test
    void provincesAreFoundByNameWithOrWithoutAccents() {
        assertThat(systems.find("VN-2000 Ha Tinh")).isPresent();
        assertThat(systems.find("Hà Tĩnh").orElseThrow().proj4()).contains("+lon_0=105.5");
        assertThat(systems.find("Quang Ninh").orElseThrow().proj4()).contains("+lon_0=107.75");
    }

    @Test
    void theUtmZoneOfAPositionIsPickedFromItsLongitudeAndHemisphere() {
        assertThat(systems.utmFor(21.0, 105.8).id()).isEqualTo("EPSG:32648");
        assertThat(systems.utmFor(-3.7, -73.2).id()).isEqualTo("EPSG:32718");
        assertThat(systems.utmFor(47.9, 106.9).id()).isEqualTo("EPSG:32648");
    }
}
