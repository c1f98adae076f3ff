package org.spoor.app.ui.importing;

import java.nio.file.Path;
import java.util.List;

import javafx.stage.Window;

/** Asks the investigator for seized files or a folder; the system's choosers in the app, fixed paths in tests. */
public interface PathChooser {

    /** The chosen files, or none if the chooser was cancelled. */
    List<Path> chooseFiles(Window owner, String title);

    /** The chosen folder, or none if the chooser was cancelled. */
    List<Path> chooseFolder(Window owner, String title);
}
