package org.spoor.app.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.util.Callback;

/** Loads FXML views with the current language's texts and controllers from a factory. */
public final class Views {

    private static final String ROOT = "/org/spoor/app/ui/";

    private final CurrentLanguage language;

    public Views(CurrentLanguage language) {
        this.language = language;
    }

    /** A view and its controller. */
    public record Loaded<C>(Parent root, C controller) {
    }

    /** Loads {@code name} (e.g. {@code "start/start.fxml"}) whose {@code fx:controller} the factory supplies. */
    public <C> Loaded<C> load(String name, Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = loader(name);
        loader.setControllerFactory(controllers);
        return loaded(name, loader);
    }

    /** Loads {@code name}, an FXML without {@code fx:controller}, with a controller made by the caller. */
    public <C> Loaded<C> load(String name, C controller) {
        FXMLLoader loader = loader(name);
        loader.setController(controller);
        return loaded(name, loader);
    }

    private FXMLLoader loader(String name) {
        URL location = Views.class.getResource(ROOT + name);
        if (location == null) {
            throw new IllegalArgumentException("No view " + ROOT + name);
        }
        return new FXMLLoader(location, language.messages().bundle());
    }

    private static <C> Loaded<C> loaded(String name, FXMLLoader loader) {
        try {
            Parent root = loader.load();
            return new Loaded<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("The view " + name + " could not be loaded", e);
        }
    }
}
