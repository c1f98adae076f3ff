package org.spoor.app.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javafx.application.Application;

/** The entry point the command line calls for {@code spoor gui [CASE]}. */
public final class SpoorGui {

    private SpoorGui() {
    }

    /**
     * Shows the window (title "Spoor…") and blocks until it is closed. Call once per JVM (a JavaFX rule).
     *
     * @param caseToOpen a case folder to offer for opening (the password is asked in the window)
     * @param locale the language to speak unless the user picked one in the settings before
     */
    public static void launch(Optional<Path> caseToOpen, Locale locale) {
        List<String> arguments = new ArrayList<>();
        caseToOpen.ifPresent(folder -> arguments.add("--" + SpoorApplication.CASE + "=" + folder.toAbsolutePath()));
        arguments.add("--" + SpoorApplication.LANGUAGE + "=" + locale.toLanguageTag());
        Application.launch(SpoorApplication.class, arguments.toArray(new String[0]));
    }
}
