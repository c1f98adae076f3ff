package org.spoor.app.ui.map;

import java.awt.image.BufferedImage;

import javafx.embed.swing.SwingFXUtils;

import org.spoor.mapping.MapModel;
import org.spoor.mapping.render.MapRenderer;
import org.spoor.mapping.render.ProjectedPoints;
import org.spoor.mapping.render.RenderOptions;
import org.spoor.mapping.render.Viewport;

/**
 * Draws frames off the FX thread: the mapping module's renderer into a picture, then into a JavaFX
 * image (images are not scene nodes, so they may be made on any thread). Points are projected once
 * per change of the shown points, not once per frame. One frame at a time (the view-model sees to it).
 */
final class MapPainter {

    private final MapResources resources;
    private MapModel projectedFor;
    private ProjectedPoints projected;

    MapPainter(MapResources resources) {
        this.resources = resources;
    }

    MapFrame paint(MapModel shown, Viewport viewport, MapLayers layers, RenderOptions options) {
        if (shown != projectedFor) {
            projected = new ProjectedPoints(shown.visiblePoints());
            projectedFor = shown;
        }
        MapRenderer renderer = layers.basemap() ? resources.renderer() : resources.plainRenderer();
        BufferedImage picture = renderer.render(shown, projected, viewport,
                options.withSize(viewport.width(), viewport.height()).withHeat(layers.heat()));
        return new MapFrame(SwingFXUtils.toFXImage(picture, null), viewport);
    }

    /** Loads the basemap (about a second, once per application) before the first frame needs it. */
    void prepare() {
        resources.renderer();
    }
}
