package org.spoor.app.ui.map;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.Optional;

import org.spoor.ingest.located.LocatedItem;
import org.spoor.mapping.MapModel;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.Viewport;

/** The located item drawn nearest a click, if one is within reach of the pointer. */
final class PointPicker {

    static final double REACH_PIXELS = 9;

    private PointPicker() {
    }

    static Optional<LocatedItem> nearest(List<LocatedItem> items, MapModel shown, Viewport v, double x, double y) {
        java.util.Set<String> visible = new java.util.HashSet<>();
        shown.visiblePoints().forEach(p -> visible.add(p.id()));
        LocatedItem best = null;
        double bestDistance = REACH_PIXELS * REACH_PIXELS;
        for (LocatedItem item : items) {
            if (!visible.contains(item.point().id())) {
                continue;
            }
            Point2D at = MapRenderer.pixelOf(v, item.point().lat(), item.point().lon());
            double d = (at.getX() - x) * (at.getX() - x) + (at.getY() - y) * (at.getY() - y);
            if (d <= bestDistance) {
                bestDistance = d;
                best = item;
            }
        }
        return Optional.ofNullable(best);
    }
}
