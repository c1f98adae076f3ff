package org.spoor.app.ui.start;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.settings.AppSettings;
import org.spoor.casefile.CaseFolder;

/** The start screen: the recent case folders, checked in the background (a folder may sit on a slow drive). */
public final class StartViewModel {

    private final AppSettings settings;
    private final Tasks tasks;
    private final ObservableList<RecentCase> recent = FXCollections.observableArrayList();

    public StartViewModel(AppSettings settings, Tasks tasks) {
        this.settings = settings;
        this.tasks = tasks;
    }

    public ObservableList<RecentCase> recentCases() {
        return recent;
    }

    public void refresh() {
        List<Path> folders = settings.recentCases().folders();
        recent.setAll(folders.stream().map(folder -> new RecentCase(folder, true)).collect(Collectors.toList()));
        tasks.background(() -> folders.stream().map(StartViewModel::check).collect(Collectors.toList()))
                .onSuccess(recent::setAll)
                .start();
    }

    private static RecentCase check(Path folder) {
        return new RecentCase(folder, new CaseFolder(folder).looksLikeCase());
    }

    public void forget(RecentCase entry) {
        settings.forgetCase(entry.folder());
        recent.remove(entry);
    }
}
