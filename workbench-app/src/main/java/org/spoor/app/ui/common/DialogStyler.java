package org.spoor.app.ui.common;

import java.util.List;

/** Adds the application's stylesheet to a scene or dialog, so every window looks like Spoor. */
public final class DialogStyler {

    public static final String STYLESHEET = "/org/spoor/app/ui/spoor.css";

    private final String stylesheet;

    public DialogStyler() {
        this.stylesheet = DialogStyler.class.getResource(STYLESHEET).toExternalForm();
    }

    public void style(List<String> stylesheets) {
        if (!stylesheets.contains(stylesheet)) {
            stylesheets.add(stylesheet);
        }
    }
}
