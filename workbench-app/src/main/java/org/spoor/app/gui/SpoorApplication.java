package org.spoor.app.gui;

import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The JavaFX application. Started by {@link SpoorGui#launch}, which passes the case and language as
 * named parameters ({@code --case=DIR}, {@code --language=vi}): JavaFX creates this class itself, so
 * parameters are the one way in that needs no static field.
 */
public final class SpoorApplication extends Application {

    static final String CASE = "case";
    static final String LANGUAGE = "language";

    private GuiComposition composition;

    @Override
    public void start(Stage stage) {
        Map<String, String> named = getParameters().getNamed();
        Locale language = named.containsKey(LANGUAGE) ? Locale.forLanguageTag(named.get(LANGUAGE))
                : Locale.getDefault();
        composition = new GuiComposition(GuiConfig.defaults(Optional.ofNullable(named.get(CASE)).map(Paths::get),
                language));
        composition.start(stage);
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
    }
}
