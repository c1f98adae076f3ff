package org.spoor.app.ui.review;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.spoor.app.ui.common.CurrentLanguage;

/** The system's file dialogs, filtered to case packs and comments files. */
public final class SystemReviewFiles implements ReviewFiles {

    private final CurrentLanguage language;

    public SystemReviewFiles(CurrentLanguage language) {
        this.language = language;
    }

    @Override
    public Optional<Path> choosePack(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.messages().text("review.open.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                language.messages().text("review.open.filter"), "*.spoorpack"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCommentsTarget(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.messages().text("review.export.title"));
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                language.messages().text("review.export.filter"), "*.spoorcomments"));
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCommentsFile(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(language.messages().text("review.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                language.messages().text("review.export.filter"), "*.spoorcomments"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}
