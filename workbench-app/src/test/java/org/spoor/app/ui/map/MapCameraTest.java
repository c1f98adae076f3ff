package org.spoor.app.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.layer.TimeWindow;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.Viewport;

class MapCameraTest {

    private static final EvidencePoint VINH = new EvidencePoint("a", 18.6796, 105.6813, null, "photo", "", "");
    private static final EvidencePoint CAU_TREO = new EvidencePoint("b", 18.386, 105.155,
            Instant.parse("2026-03-13T22:40:00Z"), "seizure", "", "");

    private static MapCamera fitted() {
        return MapCamera.fit(MapModel.of("t", List.of(VINH, CAU_TREO)), 800, 600);
    }

    @Test
    void fittingShowsEveryPointAtASlippyMapScale() {
        Viewport v = fitted().viewport();
        assertThat(v.metresPerPixel()).isEqualTo(MapCamera.metresPerPixel(v.zoom()));
        for (EvidencePoint p : List.of(VINH, CAU_TREO)) {
            Point2D at = MapRenderer.pixelOf(v, p.lat(), p.lon());
            assertThat(at.getX()).isBetween(0.0, 800.0);
            assertThat(at.getY()).isBetween(0.0, 600.0);
        }
    }

    @Test
    void zoomingKeepsThePlaceUnderThePointerWhereItWas() {
        MapCamera before = fitted();
        Point2D vinhBefore = MapRenderer.pixelOf(before.viewport(), VINH.lat(), VINH.lon());
        MapCamera after = before.zoom(2, vinhBefore.getX(), vinhBefore.getY());
        Point2D vinhAfter = MapRenderer.pixelOf(after.viewport(), VINH.lat(), VINH.lon());
        assertThat(after.viewport().zoom()).isEqualTo(before.viewport().zoom() + 2);
        assertThat(vinhAfter.getX()).isCloseTo(vinhBefore.getX(), within(0.01));
        assertThat(vinhAfter.getY()).isCloseTo(vinhBefore.getY(), within(0.01));
    }

    @Test
    void draggingMovesTheMapWithThePointerAndTheOldPictureShiftsTheSameWay() {
        MapCamera before = fitted();
        Point2D vinhBefore = MapRenderer.pixelOf(before.viewport(), VINH.lat(), VINH.lon());
        MapCamera after = before.pan(40, -25);
        Point2D vinhAfter = MapRenderer.pixelOf(after.viewport(), VINH.lat(), VINH.lon());
        assertThat(vinhAfter.getX() - vinhBefore.getX()).isCloseTo(40, within(0.01));
        assertThat(vinhAfter.getY() - vinhBefore.getY()).isCloseTo(-25, within(0.01));
        assertThat(after.offsetFrom(before.viewport())).containsExactly(new double[] {40, -25}, within(0.01));
        assertThat(after.zoom(1, 0, 0).offsetFrom(before.viewport())).as("a zoomed picture is not shifted").isNull();
    }

    @Test
    void theTimeRangeSpansTheDatedPointsAndItsEndsMeanAllTimes() {
        TimeRange range = TimeRange.of(List.of(VINH, CAU_TREO));
        assertThat(range.isEmpty()).as("one dated point is no range").isTrue();
        assertThat(range.window(0, 1)).isEqualTo(TimeWindow.ALL);
        EvidencePoint later = new EvidencePoint("c", 18.5, 105.5, Instant.parse("2026-03-15T02:20:00Z"), "photo",
                "", "");
        TimeRange two = TimeRange.of(List.of(VINH, CAU_TREO, later));
        assertThat(two.window(two.first(), two.last())).isEqualTo(TimeWindow.ALL);
        TimeWindow cut = two.window(two.first() + 1, two.last());
        assertThat(cut.contains(CAU_TREO)).isFalse();
        assertThat(cut.contains(later)).isTrue();
        assertThat(cut.contains(VINH)).as("undated items stay shown").isTrue();
    }
}
