package org.spoor.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Starts the GUI; injected so the command line does not depend on JavaFX classes being loadable. */
@FunctionalInterface
public interface GuiLauncher {

    /** Blocks until the window is closed. */
    void launch(Optional<Path> caseToOpen, Locale locale);
}
