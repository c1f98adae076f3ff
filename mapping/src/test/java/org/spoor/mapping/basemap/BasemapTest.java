package org.spoor.mapping.basemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.spoor.mapping.TestData;
import org.spoor.mapping.geojson.MapFeature;

class BasemapTest {

    private final Basemap basemap = TestData.basemap();

    @Test
    void theParacelIslandsAreNotInsideChinasPolygon() {
        MapFeature china = basemap.countries().features().stream()
                .filter(f -> f.text("name").equals("China")).findFirst().orElseThrow();
        Envelope paracels = new Envelope(110.9, 113.2, 15.5, 17.4);
        assertThat(china.geometry().intersects(china.geometry().getFactory().toGeometry(paracels))).isFalse();
        // Woody Island / Dao Phu Lam, the largest of the group
        assertThat(basemap.countryAt(16.831, 112.332)).isEmpty();
    }

    @Test
    void theParacelAndSpratlyIslandsAreTheirOwnNeutralDisputedFeatures() {
        MapFeature paracel = basemap.disputedAt(16.831, 112.332).orElseThrow();
        assertThat(paracel.text("name")).isEqualTo("Paracel Islands");
        assertThat(paracel.text("name_vi")).isEqualTo("Quần đảo Hoàng Sa");
        assertThat(paracel.text("status")).isEqualTo("disputed");
        assertThat(basemap.disputed().features()).extracting(f -> f.text("name"))
                .contains("Spratly Islands");
        assertThat(basemap.countries().features()).extracting(f -> f.text("name"))
                .doesNotContain("Spratly Is.", "Scarborough Reef");
    }

    @Test
    void vietnameseProvincesCarryProvinceNamesNotRegionNames() {
        List<String> names = vietnam().stream().map(f -> f.text("name")).toList();
        assertThat(names).hasSize(63)
                .contains("Bắc Kạn", "Hưng Yên", "Đồng Nai", "Sơn La", "Quảng Nam", "Đồng Tháp")
                .doesNotContain("Đông Bắc", "Đồng Bằng Sông Hồng", "Đông Nam Bộ", "Ð?ng Tháp");
        assertThat(basemap.provinceAt(22.15, 105.83).orElseThrow().text("name")).isEqualTo("Bắc Kạn");
        assertThat(basemap.provinceAt(10.95, 106.82).orElseThrow().text("name")).isEqualTo("Đồng Nai");
    }

    @Test
    void everyOldVietnameseProvinceSaysWhichProvinceItBecameIn2025() {
        assertThat(vietnam()).allSatisfy(f -> assertThat(f.text("province_2025")).isNotBlank());
        assertThat(basemap.provinceAt(22.82, 104.98).orElseThrow().text("province_2025")).isEqualTo("Tuyên Quang");
        assertThat(vietnam().stream().map(f -> f.text("province_2025")).distinct()).hasSize(34);
    }

    @Test
    void indonesianProvincesWithoutTheirNewerSplitsSaySo() {
        MapFeature papua = basemap.provinceAt(-4.0, 138.9).orElseThrow();
        assertThat(papua.text("name")).isEqualTo("Papua");
        assertThat(papua.text("note")).contains("Papua Pegunungan");
        assertThat(basemap.provinces().features()).filteredOn(f -> f.text("country").equals("ID"))
                .extracting(f -> f.text("code")).doesNotHaveDuplicates();
    }

    @Test
    void aPositionInHanoiIsInVietnamAndInHanoi() {
        assertThat(basemap.countryAt(21.0285, 105.8542).orElseThrow().text("name")).isEqualTo("Vietnam");
        assertThat(basemap.provinceAt(21.0285, 105.8542).orElseThrow().text("name")).isEqualTo("Hà Nội");
    }

    private List<MapFeature> vietnam() {
        return basemap.provinces().features().stream().filter(f -> f.text("country").equals("VN")).toList();
    }
}
