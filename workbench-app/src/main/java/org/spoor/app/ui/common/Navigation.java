package org.spoor.app.ui.common;

/** Moves the window between the start screen and an open case; implemented by the window shell. */
public interface Navigation {

    /** Shows the main window for a case that was just created or opened. */
    void caseOpened(CaseSession session);

    /** Closes the open case (off the FX thread) and returns to the start screen. */
    void closeCase();

    /** Opens the settings dialog; a language switch reloads the views. */
    void openSettings();
}
