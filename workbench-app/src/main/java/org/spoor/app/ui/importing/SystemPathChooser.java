package org.spoor.app.ui.importing;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The operating system's file and folder choosers. */
public final class SystemPathChooser implements PathChooser {

    @Override
    public List<Path> chooseFiles(Window owner, String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<File> files = chooser.showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).collect(Collectors.toList());
    }

    @Override
    public List<Path> chooseFolder(Window owner, String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File folder = chooser.showDialog(owner);
        return folder == null ? List.of() : List.of(folder.toPath());
    }
}
