package org.spoor.app.ui.main;

import javafx.scene.Node;

/** Makes the view of one place for the open case; supplied by the composition root. */
public interface PlaceViews {

    Node viewFor(Place place);
}
