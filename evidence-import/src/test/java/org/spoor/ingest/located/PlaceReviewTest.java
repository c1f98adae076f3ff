package org.spoor.ingest.located;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.casefile.CaseFile;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.gazetteer.Gazetteer;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.place.AreaEdits;

/**
 * Place names geocoded from a real import (seizure record and a document's text): listed for review,
 * confirmed or rejected, and the map, its areas and a fresh geocoding of the same text follow the decisions.
 */
class PlaceReviewTest {

    private static final Gazetteer GAZETTEER = new GazetteerLoader().load();

    @TempDir
    Path temp;

    @Test
    void aRejectedSeizureSiteLeavesTheMapAndAConfirmedTextPlaceJoinsItAsConfirmed() throws Exception {
        Path raid = Files.createDirectories(temp.resolve("raid"));
        Files.writeString(raid.resolve("so-tay.txt"), "Xe tải chờ ở cửa khẩu Cầu Treo từ tối thứ Ba.",
                StandardCharsets.UTF_8);
        try (CaseFile c = LocatedCase.create(temp.resolve("vay.spoor"))) {
            LocatedCase.importInto(c, "Kho hàng, TP Vinh, Nghệ An", raid);
            PlaceReview review = new PlaceReview(GAZETTEER);
            List<PlaceMention> places = review.places(c);
            PlaceMention seizure = places.stream().filter(m -> m.key().exhibitRef().endsWith("/seizure"))
                    .findFirst().orElseThrow();
            assertThat(seizure.placeName()).isEqualTo("Vinh");
            assertThat(seizure.snippet()).isEqualTo("Kho hàng, TP Vinh, Nghệ An");
            PlaceMention gate = places.stream().filter(m -> m.matched().equals("Cầu Treo")).findFirst().orElseThrow();
            assertThat(gate.snippet()).contains("cửa khẩu Cầu Treo");
            assertThat(gate.confidence()).isBetween(0.5, 1.0);
            assertThat(gate.reviewed()).isFalse();
            assertThat(review.toReview(c)).contains(gate, seizure);
            CaseLocations locations = new CaseLocations(GAZETTEER);
            assertThat(locations.items(c)).extracting(i -> i.point().kind()).contains("seizure")
                    .doesNotContain("place");

            review.reject(c, seizure, "the warehouse is in Cửa Lò, not Vinh");
            PlaceMention confirmed = review.confirm(c, gate, "the driver's note names the gate");
            assertThat(c.audit().head().action()).isEqualTo("place.confirmed");
            assertThat(confirmed.shownConfidence()).isEqualTo(1.0);

            List<LocatedItem> items = locations.items(c);
            assertThat(items).extracting(i -> i.point().kind()).doesNotContain("seizure").contains("place");
            LocatedItem place = items.stream().filter(i -> i.point().kind().equals("place")).findFirst()
                    .orElseThrow();
            assertThat(place.point().label()).contains("Cầu Treo", "confirmed by mapper");
            assertThat(place.point().lat()).isCloseTo(18.39, org.assertj.core.api.Assertions.within(0.05));
            assertThat(place.place().confirmed()).isTrue();
            assertThat(review.toReview(c)).isEmpty();
        }
    }

    @Test
    void decisionsStillApplyWhenTheSameTextIsImportedAgainAndGeocodedWithAFreshGazetteer() throws Exception {
        Path raid = Files.createDirectories(temp.resolve("raid"));
        Files.writeString(raid.resolve("ghi-chu.txt"), "Hàng về cảng Hải Phòng.", StandardCharsets.UTF_8);
        Path dir = temp.resolve("vay.spoor");
        try (CaseFile c = LocatedCase.create(dir)) {
            LocatedCase.importInto(c, "Cửa khẩu Cầu Treo, Hà Tĩnh", raid);
            PlaceReview review = new PlaceReview(GAZETTEER);
            PlaceMention port = review.places(c).stream().filter(m -> m.matched().contains("Hải Phòng"))
                    .findFirst().orElseThrow();
            review.reject(c, port, "a name in a plan, nobody went");
            PlaceMention gate = review.places(c).stream().filter(m -> m.key().exhibitRef().endsWith("/seizure"))
                    .findFirst().orElseThrow();
            review.confirm(c, gate, "seizure report");
            AreaEdits.of(c).create("Cầu Treo", "gate area",
                    "POLYGON ((105.1 18.35, 105.2 18.35, 105.2 18.42, 105.1 18.42, 105.1 18.35))");
        }
        try (CaseFile c = CaseFile.open(dir, LocatedCase.PASSWORD, LocatedCase.options())) {
            PlaceReview fresh = new PlaceReview(new GazetteerLoader().load());
            assertThat(fresh.places(c)).filteredOn(m -> m.matched().contains("Hải Phòng"))
                    .allMatch(PlaceMention::rejected).isNotEmpty();
            MapModel model = new CaseLocations(GAZETTEER).model(c);
            assertThat(model.points()).filteredOn(p -> p.kind().equals("seizure")).singleElement()
                    .satisfies(p -> assertThat(p.label()).contains("confirmed by mapper"));
            assertThat(model.areas()).singleElement().satisfies(a -> assertThat(a.name()).isEqualTo("Cầu Treo"));
        }
    }
}
