package org.spoor.mapping.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.spoor.mapping.EvidencePoint;
import org.spoor.mapping.MapException;
import org.spoor.mapping.TestData;

class AreaCountsTest {

    private final AreaOutlines outlines = new AreaOutlines();
    private final AreaCounts counts = new AreaCounts();

    /** An L-shaped yard around the Vinh warehouse: its bounding box also holds the cut-out corner. */
    private MapArea yard() {
        return new MapArea("a1", "Vinh yard", "", outlines.polygon(List.of(new double[] {105.60, 18.60},
                new double[] {105.75, 18.60}, new double[] {105.75, 18.65}, new double[] {105.65, 18.65},
                new double[] {105.65, 18.75}, new double[] {105.60, 18.75})));
    }

    @Test
    void pointsInsideAnAreaAreCountedAndTheCutOutCornerIsNot() {
        List<EvidencePoint> points = List.of(
                point("in-1", 18.62, 105.70), point("in-2", 18.70, 105.62),
                point("corner", 18.70, 105.72), // inside the bounding box, outside the L
                point("edge", 18.60, 105.70), // on the outline: at the fence is at the yard
                point("far", 18.386, 105.155));
        assertThat(counts.inside(yard(), points)).extracting(EvidencePoint::id)
                .containsExactly("in-1", "in-2", "edge");
        assertThat(counts.counts(List.of(yard()), points)).containsEntry("a1", 3);
    }

    @Test
    void aRectangleFromTwoCornersHoldsTheSmallCasesVinhPoints() {
        MapArea vinh = new MapArea("r", "Vinh", "", outlines.rectangle(105.70, 18.70, 105.65, 18.66));
        assertThat(counts.inside(vinh, TestData.smallCase().points())).extracting(EvidencePoint::id)
                .containsExactly("seizure-1", "fix-1");
    }

    @Test
    void anAreaReadsBackFromItsWkt() {
        MapArea read = MapArea.fromWkt("a1", "Vinh yard", "note", yard().wkt());
        assertThat(read.outline().equalsExact(yard().outline())).isTrue();
        assertThatThrownBy(() -> MapArea.fromWkt("x", "line", "", "LINESTRING (1 1, 2 2)"))
                .isInstanceOf(MapException.class);
    }

    @Test
    void twoCornersOrACrossedOutlineAreNoArea() {
        assertThatThrownBy(() -> outlines.polygon(List.of(new double[] {1, 1}, new double[] {2, 2},
                new double[] {2, 2}))).isInstanceOfSatisfying(MapException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("map.area.tooFewCorners"));
        assertThatThrownBy(() -> outlines.polygon(List.of(new double[] {0, 0}, new double[] {1, 1},
                new double[] {1, 0}, new double[] {0, 1}))).isInstanceOfSatisfying(MapException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("map.area.badGeometry"));
    }

    private static EvidencePoint point(String id, double lat, double lon) {
        return new EvidencePoint(id, lat, lon, null, "photo", id, "EX-1");
    }
}
