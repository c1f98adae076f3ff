package org.spoor.app.ui.map;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.shape.Polyline;

import org.spoor.mapping.render.MapRenderer;

/** Draws the outline of the area being drawn over the map picture, in the pane's pixels. */
final class AreaSketch {

    private final Polyline line;

    AreaSketch(Polyline line) {
        this.line = line;
        line.setMouseTransparent(true);
        line.getStrokeDashArray().setAll(7.0, 4.0);
    }

    void show(AreaDraft draft, MapCamera camera) {
        List<Double> xy = new ArrayList<>();
        if (draft.drawing() && camera != null) {
            for (double[] lonLat : draft.outline()) {
                Point2D at = MapRenderer.pixelOf(camera.viewport(), lonLat[1], lonLat[0]);
                xy.add(at.getX());
                xy.add(at.getY());
            }
        }
        line.getPoints().setAll(xy);
        line.setVisible(!xy.isEmpty());
    }
}
