package org.spoor.mapping.render;

import java.awt.Color;
import java.awt.Graphics2D;

/**
 * Grid density drawn as translucent cells: the darker the cell, the more points fell in it
 * (logarithmic, so one busy warehouse does not wash out everything else).
 */
final class HeatPainter {

    private static final int CELL = 16;

    void paint(Graphics2D g, Viewport v, ProjectedPoints points) {
        int cols = v.width() / CELL + 1;
        int rows = v.height() / CELL + 1;
        int[] counts = new int[cols * rows];
        int max = 0;
        for (int i = 0; i < points.size(); i++) {
            int px = (int) v.pixelX(points.x(i));
            int py = (int) v.pixelY(points.y(i));
            if (px >= 0 && py >= 0 && px < v.width() && py < v.height()) {
                int c = ++counts[(py / CELL) * cols + px / CELL];
                max = Math.max(max, c);
            }
        }
        if (max == 0) {
            return;
        }
        double logMax = Math.log1p(max);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int n = counts[r * cols + c];
                if (n > 0) {
                    int alpha = (int) (40 + 170 * Math.log1p(n) / logMax);
                    g.setColor(new Color(200, 30, 30, alpha));
                    g.fillRect(c * CELL, r * CELL, CELL, CELL);
                }
            }
        }
    }
}
