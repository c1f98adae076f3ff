package org.spoor.app.ui.review;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** Asks for a pack to open, where to save the comments, which comments to import; fixed paths in tests. */
public interface ReviewFiles {

    Optional<Path> choosePack(Window owner);

    Optional<Path> chooseCommentsTarget(Window owner, String suggestedName);

    /** The investigator picks a reviewer's comments file to import into the case. */
    Optional<Path> chooseCommentsFile(Window owner);
}
