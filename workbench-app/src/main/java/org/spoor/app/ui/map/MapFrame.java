package org.spoor.app.ui.map;

import javafx.scene.image.Image;

import org.spoor.mapping.render.Viewport;

/** A rendered picture of the map and the viewport it was drawn for. */
public record MapFrame(Image image, Viewport viewport) {
}
