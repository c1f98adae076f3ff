package org.spoor.app.ui.map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One evidence kind's layer switch: its vocabulary word, its printed name with the count, on or off. */
public final class KindToggle {

    private final String kind;
    private final String text;
    private final BooleanProperty shown = new SimpleBooleanProperty(true);

    KindToggle(String kind, String text) {
        this.kind = kind;
        this.text = text;
    }

    public String kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public BooleanProperty shownProperty() {
        return shown;
    }
}
