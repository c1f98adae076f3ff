package org.spoor.app.ui.review;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The file choosers of the review screens, answered with fixed files; a null one is a cancelled chooser. */
record ChosenFiles(Path pack, Path commentsTarget, Path commentsFile) implements ReviewFiles {

    /** Every chooser cancelled. */
    static ChosenFiles none() {
        return new ChosenFiles(null, null, null);
    }

    /** Only the reviewer's comments file, to import. */
    static ChosenFiles commentsToImport(Path file) {
        return new ChosenFiles(null, null, file);
    }

    @Override
    public Optional<Path> choosePack(Window owner) {
        return Optional.ofNullable(pack);
    }

    @Override
    public Optional<Path> chooseCommentsTarget(Window owner, String suggestedName) {
        return Optional.ofNullable(commentsTarget);
    }

    @Override
    public Optional<Path> chooseCommentsFile(Window owner) {
        return Optional.ofNullable(commentsFile);
    }
}
