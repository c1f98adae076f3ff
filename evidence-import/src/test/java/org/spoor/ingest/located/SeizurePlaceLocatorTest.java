package org.spoor.ingest.located;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.gazetteer.GeocodedPlace;

/** Seizure places as the training case writes them, in five scripts and languages. */
class SeizurePlaceLocatorTest {

    private static final SeizurePlaceLocator LOCATOR = new SeizurePlaceLocator(new GazetteerLoader().load());

    private static GeocodedPlace locate(String written, String country) {
        return LOCATOR.locate(written, country).orElseThrow(() -> new AssertionError("not found: " + written));
    }

    @Test
    void aWarehouseInACityOfAProvinceLandsInTheCityNotTheProvince() {
        GeocodedPlace vinh = locate("Kho hàng, TP Vinh, Nghệ An", "VN");
        assertThat(vinh.place().kind()).isEqualTo("city");
        assertThat(vinh.place().country()).isEqualTo("VN");
        assertThat(vinh.place().lat()).isCloseTo(18.68, within(0.05));
        assertThat(vinh.place().lon()).isCloseTo(105.68, within(0.05));
        assertThat(vinh.confidence()).isBetween(0.35, 1.0);
    }

    @Test
    void aUnitInAProvinceLandsInTheTownOfThatNameAndATownIsNotMistakenForItsAirport() {
        GeocodedPlace haTinh = locate("Đội CSMT, Hà Tĩnh", "VN");
        assertThat(haTinh.place().kind()).isEqualTo("city");
        assertThat(haTinh.place().lat()).isCloseTo(18.34, within(0.05));
        assertThat(locate("Kho hàng, TP Vinh, Nghệ An", "VN").place().kind()).isEqualTo("city");
    }

    @Test
    void borderGatesAndPortsAreFoundInVietnameseSpanishAndCyrillic() {
        assertThat(locate("Cửa khẩu Cầu Treo, Hà Tĩnh", "VN").place().kind()).isEqualTo("border_gate");
        assertThat(locate("Cảng Hải Phòng", "VN").place().kind()).isEqualTo("seaport");
        assertThat(locate("Puerto de Iquitos, Loreto", "VN").place().kind()).isEqualTo("river_port");
        assertThat(locate("Замын-Үүд боомт", "VN").place().name()).isEqualTo("Zamyn-Uud");
    }

    @Test
    void laoWrittenWithoutSpacesIsFoundByTheEndingThatNamesThePlace() {
        GeocodedPlace namPhao = locate("ດ່ານນ້ຳພາວ", "VN");
        assertThat(namPhao.place().name()).isEqualTo("Nam Phao");
        assertThat(namPhao.confidence()).isLessThan(0.6);
    }

    @Test
    void aPlaceTheGazetteerDoesNotKnowIsNotGuessed() {
        assertThat(LOCATOR.locate("Kho hàng số 7", "VN")).isEmpty();
        assertThat(LOCATOR.locate("  ", "VN")).isEmpty();
    }
}
