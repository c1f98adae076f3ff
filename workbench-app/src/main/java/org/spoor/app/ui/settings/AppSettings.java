package org.spoor.app.ui.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The laptop user's preferences in a small properties file (by default {@code ~/.spoor/settings.properties}):
 * the language and the recent case folders. Nothing about a case's content is kept here. A missing or
 * unreadable file means defaults; a failed save is logged and the window goes on.
 */
public final class AppSettings {

    private static final Logger LOG = LoggerFactory.getLogger(AppSettings.class);
    private static final String LANGUAGE = "ui.language";
    private static final String RECENT = "recent.";

    private final Path file;
    private Locale language;
    private RecentCases recent;

    private AppSettings(Path file, Locale language, RecentCases recent) {
        this.file = file;
        this.language = language;
        this.recent = recent;
    }

    public static Path defaultFile() {
        return Paths.get(System.getProperty("user.home"), ".spoor", "settings.properties");
    }

    public static AppSettings load(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("The settings file {} could not be read; using defaults: {}", file, e.toString());
            }
        }
        String tag = properties.getProperty(LANGUAGE);
        Locale language = tag == null || tag.isBlank() ? null : Locale.forLanguageTag(tag);
        List<Path> folders = new ArrayList<>();
        for (int i = 0; i < RecentCases.LIMIT; i++) {
            String value = properties.getProperty(RECENT + i);
            if (value != null && !value.isBlank()) {
                try {
                    folders.add(Paths.get(value));
                } catch (InvalidPathException e) {
                    LOG.warn("Ignoring a recent case entry that is not a path: {}", e.toString());
                }
            }
        }
        return new AppSettings(file, language, new RecentCases(folders));
    }

    /** The language the user chose in the settings, if they ever did. */
    public synchronized Optional<Locale> language() {
        return Optional.ofNullable(language);
    }

    public synchronized RecentCases recentCases() {
        return recent;
    }

    public synchronized void setLanguage(Locale chosen) {
        this.language = chosen;
        save();
    }

    public synchronized void caseOpened(Path folder) {
        this.recent = recent.withOpened(folder);
        save();
    }

    public synchronized void forgetCase(Path folder) {
        this.recent = recent.without(folder);
        save();
    }

    private void save() {
        Properties properties = new Properties();
        if (language != null) {
            properties.setProperty(LANGUAGE, language.toLanguageTag());
        }
        List<Path> folders = recent.folders();
        for (int i = 0; i < folders.size(); i++) {
            properties.setProperty(RECENT + i, folders.get(i).toString());
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Spoor settings: language and recent case folders (no case content)");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("The settings could not be saved to {}: {}", file, e.toString());
        }
    }
}
