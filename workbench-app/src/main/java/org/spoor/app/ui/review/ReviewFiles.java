package org.spoor.app.ui.review;

import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.Window;

/** Asks the reviewer for a pack to open and where to save the comments; fixed paths in tests. */
public interface ReviewFiles {

    Optional<Path> choosePack(Window owner);

    Optional<Path> chooseCommentsTarget(Window owner, String suggestedName);
}
