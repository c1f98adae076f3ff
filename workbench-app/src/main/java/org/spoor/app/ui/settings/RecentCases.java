package org.spoor.app.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The cases opened last, newest first, at most {@link #LIMIT}. Only folder paths: a case's title would
 * tell anyone who reads the laptop's settings what the investigation is about.
 */
public final class RecentCases {

    public static final int LIMIT = 8;

    private final List<Path> folders;

    public RecentCases(List<Path> folders) {
        List<Path> distinct = new ArrayList<>();
        for (Path folder : folders) {
            Path normal = normal(folder);
            if (!distinct.contains(normal) && distinct.size() < LIMIT) {
                distinct.add(normal);
            }
        }
        this.folders = List.copyOf(distinct);
    }

    public static RecentCases none() {
        return new RecentCases(List.of());
    }

    public List<Path> folders() {
        return folders;
    }

    /** This list with {@code folder} moved (or added) to the top. */
    public RecentCases withOpened(Path folder) {
        List<Path> updated = new ArrayList<>();
        updated.add(normal(folder));
        updated.addAll(folders);
        return new RecentCases(updated);
    }

    public RecentCases without(Path folder) {
        List<Path> updated = new ArrayList<>(folders);
        updated.remove(normal(folder));
        return new RecentCases(updated);
    }

    private static Path normal(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
