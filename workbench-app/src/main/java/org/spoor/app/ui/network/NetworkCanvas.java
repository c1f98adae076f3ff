package org.spoor.app.ui.network;

import java.util.HashMap;
import java.util.Map;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws a laid-out network on a canvas: link width grows with contact, node size with its links. */
final class NetworkCanvas {

    private static final Color OWNER = Color.web("#1f5c45");
    private static final Color PERSON = Color.web("#2f6db5");
    private static final Color NUMBER = Color.web("#7a8594");
    private static final Color LINK = Color.web("#1f5c45", 0.35);
    /** Room on the right for the labels drawn beside the nodes. */
    private static final double LABEL_ROOM = 190;
    private static final double MARGIN = 16;

    private NetworkCanvas() {
    }

    static void draw(Canvas canvas, NetworkPicture picture) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double width = Math.max(1, canvas.getWidth() - LABEL_ROOM - MARGIN);
        double height = Math.max(1, canvas.getHeight() - 2 * MARGIN);
        g.save();
        g.translate(MARGIN, MARGIN);
        Map<String, Integer> degree = new HashMap<>();
        g.setStroke(LINK);
        for (NetworkGraph.Link link : picture.graph().links()) {
            ForceLayout.Position a = picture.positions().get(link.from());
            ForceLayout.Position b = picture.positions().get(link.to());
            g.setLineWidth(1 + Math.log1p(link.weight()) * 1.5);
            g.strokeLine(a.x() * width, a.y() * height, b.x() * width, b.y() * height);
            degree.merge(link.from(), link.weight(), Integer::sum);
            degree.merge(link.to(), link.weight(), Integer::sum);
        }
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (NetworkGraph.Node node : picture.graph().nodes()) {
            ForceLayout.Position p = picture.positions().get(node.key());
            double radius = 5 + 2.5 * Math.log1p(degree.getOrDefault(node.key(), 0));
            g.setFill(node.kind() == NetworkGraph.Kind.OWNER ? OWNER
                    : node.kind() == NetworkGraph.Kind.PERSON ? PERSON : NUMBER);
            g.fillOval(p.x() * width - radius, p.y() * height - radius, radius * 2, radius * 2);
            g.setFill(Color.web("#1d2430"));
            g.fillText(node.label(), p.x() * width + radius + 4, p.y() * height);
        }
        g.restore();
    }
}
