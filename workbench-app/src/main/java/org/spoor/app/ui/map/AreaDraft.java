package org.spoor.app.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.locationtech.jts.geom.Polygon;
import org.spoor.mapping.area.AreaOutlines;

/**
 * An area being drawn: a polygon's clicked corners (closed by a double-click or Enter) or a rectangle's
 * two corners (pressed, dragged, released). Corners are kept in longitude/latitude, so a pan or zoom
 * while drawing does not move them. Escape drops the draft.
 */
public final class AreaDraft {

    /** What a click on the map does now. */
    public enum Mode { OFF, POLYGON, RECTANGLE }

    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(Mode.OFF);
    private final IntegerProperty changes = new SimpleIntegerProperty();
    private final List<double[]> corners = new ArrayList<>();
    private double[] pointer;

    public void start(Mode drawing) {
        corners.clear();
        pointer = null;
        mode.set(drawing);
        changed();
    }

    public void cancel() {
        start(Mode.OFF);
    }

    public boolean drawing() {
        return mode.get() != Mode.OFF;
    }

    /** A polygon's next corner, or a rectangle's first one. */
    public void addCorner(double[] lonLat) {
        if (mode.get() == Mode.RECTANGLE && !corners.isEmpty()) {
            return;
        }
        corners.add(lonLat);
        changed();
    }

    /** Where the pointer is: the rubber band from the last corner (or the rectangle's opposite corner). */
    public void pointerAt(double[] lonLat) {
        pointer = lonLat;
        changed();
    }

    /**
     * Closes the outline and leaves drawing mode; empty when there is not yet an area to close (a
     * polygon needs three corners, a rectangle its second corner).
     *
     * @throws org.spoor.mapping.MapException when the clicked outline crosses itself
     */
    public Optional<Polygon> finish() {
        AreaOutlines outlines = new AreaOutlines();
        Polygon polygon = null;
        if (mode.get() == Mode.RECTANGLE && corners.size() == 1 && pointer != null) {
            double[] a = corners.get(0);
            if (a[0] != pointer[0] && a[1] != pointer[1]) {
                polygon = outlines.rectangle(a[0], a[1], pointer[0], pointer[1]);
            }
        } else if (mode.get() == Mode.POLYGON && distinctCorners() >= 3) {
            polygon = outlines.polygon(List.copyOf(corners)); // a crossed outline throws and keeps the draft
        }
        if (polygon != null) {
            cancel();
        }
        return Optional.ofNullable(polygon);
    }

    private int distinctCorners() {
        int n = 0;
        double[] last = null;
        for (double[] c : corners) {
            if (last == null || last[0] != c[0] || last[1] != c[1]) {
                n++;
            }
            last = c;
        }
        return n;
    }

    /** The outline to draw now: the corners, then the pointer (for a rectangle, its four corners). */
    public List<double[]> outline() {
        List<double[]> out = new ArrayList<>(corners);
        if (mode.get() == Mode.RECTANGLE && corners.size() == 1 && pointer != null) {
            double[] a = corners.get(0);
            return List.of(a, new double[] {pointer[0], a[1]}, pointer, new double[] {a[0], pointer[1]}, a);
        }
        if (pointer != null && !corners.isEmpty()) {
            out.add(pointer);
        }
        return out;
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode;
    }

    /** Counts every change, so the view redraws the outline. */
    public ReadOnlyIntegerProperty changesProperty() {
        return changes;
    }
}
