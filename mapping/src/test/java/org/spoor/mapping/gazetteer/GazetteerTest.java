package org.spoor.mapping.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = new GazetteerLoader().load();

    @Test
    void cauTreoIsFoundWithAndWithoutVietnameseDiacritics() {
        Place plain = GAZETTEER.lookup("Cau Treo").get(0);
        Place accented = GAZETTEER.lookup("Cầu Treo").get(0);
        assertThat(plain).isEqualTo(accented);
        assertThat(plain.kind()).isEqualTo("border_gate");
        assertThat(plain.localName()).isEqualTo("Cầu Treo");
        assertThat(plain.lat()).isCloseTo(18.39, within(0.05));
        assertThat(GAZETTEER.lookup("CẦU TREO")).containsExactlyElementsOf(GAZETTEER.lookup("cau-treo"));
    }

    @Test
    void anOldProvinceNameLeadsToTheOldProvinceAndTheOneItMergedInto() {
        List<Place> haGiang = GAZETTEER.lookup("Ha Giang", "VN");
        Place old = haGiang.stream().filter(p -> p.kind().equals("province_pre2025")).findFirst().orElseThrow();
        assertThat(old.admin()).isEqualTo("Tuyên Quang");
        assertThat(old.lat()).isCloseTo(22.8, within(0.3));
        Place merged = GAZETTEER.lookup("Bình Dương", "VN").stream().filter(p -> p.kind().equals("province"))
                .findFirst().orElseThrow();
        assertThat(merged.name()).isEqualTo("Hồ Chí Minh");
    }

    @Test
    void theNewIndonesianProvincesAreKnownEvenWithoutPolygons() {
        assertThat(GAZETTEER.lookup("Papua Pegunungan", "ID")).isNotEmpty();
        assertThat(GAZETTEER.lookup("Kalimantan Utara", "ID")).isNotEmpty();
    }

    @Test
    void transitPointsOnTheRoutesNamedInTheIssueAreAllThere() {
        for (String name : List.of("Cầu Treo", "Nậm Phao", "Lao Bảo", "Móng Cái", "Hải Phòng", "Tanjung Priok",
                "Zamyn-Üüd", "Iquitos", "Leticia", "Замын-Үүд", "ນ້ຳພາວ")) {
            assertThat(GAZETTEER.lookup(name)).as(name).anySatisfy(p -> assertThat(p.transitPoint()).isTrue());
        }
    }

    @Test
    void airportsAreFoundByTheirIataCode() {
        assertThat(GAZETTEER.lookup("VII")).anySatisfy(p -> assertThat(p.name()).contains("Vinh"));
    }

    @Test
    void placeNamesInAMessageAreGeocodedWithAConfidence() {
        PlaceGeocoder geocoder = new PlaceGeocoder(GAZETTEER);
        List<GeocodedPlace> found = geocoder.find(
                "Hàng đi qua cửa khẩu Cầu Treo tối nay, rồi về Tanjung Priok. Gặp ở Hà Giang cũ.");
        assertThat(found).extracting(GeocodedPlace::matched).contains("Cầu Treo", "Tanjung Priok", "Hà Giang");
        GeocodedPlace cauTreo = found.stream().filter(g -> g.matched().equals("Cầu Treo")).findFirst().orElseThrow();
        assertThat(cauTreo.confidence()).isGreaterThan(0.8);
        assertThat(cauTreo.status()).isEqualTo(GeocodedPlace.Status.SUGGESTED);
        assertThat(cauTreo.confirm().status()).isEqualTo(GeocodedPlace.Status.CONFIRMED);
        assertThat(found).noneMatch(g -> g.matched().equalsIgnoreCase("tối"));
        assertThatThrownBy(() -> cauTreo.toEvidencePoint("msg-7/place-1", null, "EX-002/msg/7"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(cauTreo.confirm().toEvidencePoint("msg-7/place-1", null, "EX-002/msg/7").lat())
                .isCloseTo(18.386, within(0.001));
    }

    @Test
    void namesInsideTimeZonesPathsAndAddressesAreNotPlaces() {
        PlaceGeocoder geocoder = new PlaceGeocoder(GAZETTEER);

        assertThat(geocoder.find("Time zone Asia/Ho_Chi_Minh, file /Vinh/kho.jpg, mail vinh@example.com"))
                .isEmpty();
        assertThat(geocoder.find("Hẹn ở thành phố Vinh, cửa khẩu Cầu Treo.")).extracting(GeocodedPlace::matched)
                .containsExactly("Vinh", "Cầu Treo");
    }
}
