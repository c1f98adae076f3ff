package org.spoor.app.ui.timeline;

import java.time.Instant;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws the visible range: a lane per kind of event, a mark per event, ticks and dates along the bottom. */
final class TimelineCanvas {

    static final double LANE_LABEL_WIDTH = 110;
    private static final double AXIS_HEIGHT = 28;
    private static final Color[] LANE_COLOURS = {
        Color.web("#b3261e"), Color.web("#8a5a00"), Color.web("#2f6db5"), Color.web("#1f5c45"),
    };

    private TimelineCanvas() {
    }

    static int maxTicks(double width) {
        return Math.max(2, (int) ((width - LANE_LABEL_WIDTH) / 110));
    }

    static void draw(Canvas canvas, TimelineViewModel model) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double width = canvas.getWidth();
        double height = canvas.getHeight();
        double plot = Math.max(1, width - LANE_LABEL_WIDTH);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, width, height);
        TimelineEvent.Lane[] lanes = TimelineEvent.Lane.values();
        double laneHeight = Math.max(12, (height - AXIS_HEIGHT) / lanes.length);
        TimeAxis axis = model.axisProperty().get();
        int maxTicks = maxTicks(width);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (Instant tick : axis.ticks(maxTicks)) {
            double x = LANE_LABEL_WIDTH + axis.x(tick, plot);
            g.setStroke(Color.web("#e3e7ec"));
            g.setLineWidth(1);
            g.strokeLine(x, 0, x, height - AXIS_HEIGHT);
            g.setFill(Color.web("#5d6878"));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(axis.label(tick, maxTicks), x, height - AXIS_HEIGHT / 2);
        }
        for (int lane = 0; lane < lanes.length; lane++) {
            double middle = lane * laneHeight + laneHeight / 2;
            g.setStroke(Color.web("#d9dee5"));
            g.strokeLine(LANE_LABEL_WIDTH, (lane + 1) * laneHeight, width, (lane + 1) * laneHeight);
            g.setFill(Color.web("#1d2430"));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(model.laneName(lanes[lane]), 6, middle);
        }
        List<TimelineEvent> visible = model.visible();
        for (TimelineEvent event : visible) {
            int lane = event.lane().ordinal();
            double x = LANE_LABEL_WIDTH + axis.x(event.at(), plot);
            double middle = lane * laneHeight + laneHeight / 2;
            g.setFill(LANE_COLOURS[lane].deriveColor(0, 1, 1, 0.75));
            g.fillRoundRect(x - 3, middle - laneHeight * 0.3, 6, laneHeight * 0.6, 3, 3);
        }
    }
}
