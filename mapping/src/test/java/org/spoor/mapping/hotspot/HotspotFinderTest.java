package org.spoor.mapping.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.gazetteer.GazetteerLoader;
import org.spoor.mapping.gazetteer.NearestPlace;

class HotspotFinderTest {

    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final NearestPlace PLACES = new NearestPlace(new GazetteerLoader().load());

    @Test
    void theBusiestClusterRanksFirstWithItsKindsTimeSpanAndNearestPlace() {
        List<EvidencePoint> points = new ArrayList<>();
        // Nine items around Vinh (within ~400 m), five at the Cầu Treo border gate, two far apart.
        for (int i = 0; i < 9; i++) {
            points.add(point("vinh-" + i, 18.6796 + 0.002 * (i % 3), 105.6813 + 0.002 * (i / 3),
                    i < 6 ? "phone_location" : "photo", T0.plusSeconds(3600L * i)));
        }
        for (int i = 0; i < 5; i++) {
            points.add(point("gate-" + i, 18.3860 + 0.001 * i, 105.1550, "phone_location", null));
        }
        points.add(point("alone-1", 20.86, 106.68, "seizure", null));
        points.add(point("alone-2", -6.10, 106.88, "photo", null));

        List<HotspotCluster> spots = new HotspotFinder(1.0, 3, PLACES).find(points);

        assertThat(spots).hasSize(2);
        HotspotCluster vinh = spots.get(0);
        assertThat(vinh.rank()).isEqualTo(1);
        assertThat(vinh.count()).isEqualTo(9);
        assertThat(vinh.kinds()).containsExactly(java.util.Map.entry("phone_location", 6),
                java.util.Map.entry("photo", 3));
        assertThat(vinh.from()).isEqualTo(T0);
        assertThat(vinh.to()).isEqualTo(T0.plusSeconds(8 * 3600));
        assertThat(vinh.lat()).isCloseTo(18.6816, org.assertj.core.api.Assertions.within(1e-4));
        assertThat(vinh.nearestPlace()).isEqualTo("Vinh");
        HotspotCluster gate = spots.get(1);
        assertThat(gate.count()).isEqualTo(5);
        assertThat(gate.from()).isNull();
        assertThat(gate.pointIds()).allMatch(id -> id.startsWith("gate-"));
        assertThat(gate.nearestPlace()).containsIgnoringCase("Cầu Treo");
    }

    @Test
    void aLargerRadiusJoinsWhatASmallerOneKeepsApart() {
        List<EvidencePoint> points = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            points.add(point("a-" + i, 10.0, 106.0 + 0.0005 * i, "photo", null));
            points.add(point("b-" + i, 10.0, 106.05 + 0.0005 * i, "photo", null)); // ~5.5 km east
        }
        assertThat(new HotspotFinder(1.0, 3, null).find(points)).extracting(HotspotCluster::count)
                .containsExactly(4, 4);
        assertThat(new HotspotFinder(6.0, 3, null).find(points)).extracting(HotspotCluster::count)
                .containsExactly(8);
    }

    @Test
    void noClusterReachesTheMinimumCountSoThereIsNoHotspot() {
        List<EvidencePoint> points = List.of(point("a", 1, 1, "photo", null), point("b", 1.0001, 1, "photo", null));
        assertThat(new HotspotFinder(1.0, 3, null).find(points)).isEmpty();
        assertThat(new HotspotFinder(1.0, 2, null).find(points)).singleElement()
                .satisfies(h -> assertThat(h.kindsText()).isEqualTo("photo 2"));
    }

    @Test
    void theNearestPlaceOfTanjungPriokPortIsInJakarta() {
        NearestPlace.Found found = PLACES.near(-6.104, 106.88).orElseThrow();
        assertThat(found.place().country()).isEqualTo("ID");
        assertThat(found.distanceKm()).isLessThan(10);
    }

    private static EvidencePoint point(String id, double lat, double lon, String kind, Instant time) {
        return new EvidencePoint(id, lat, lon, time, kind, id, "EX-1");
    }
}
