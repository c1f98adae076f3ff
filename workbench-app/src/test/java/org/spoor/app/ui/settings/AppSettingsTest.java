package org.spoor.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path home;

    @Test
    void recentCasesAreNewestFirstWithoutRepeatsAndAtMostEight() {
        RecentCases recent = RecentCases.none();
        for (int i = 0; i < 10; i++) {
            recent = recent.withOpened(home.resolve("case-" + i + ".spoor"));
        }
        recent = recent.withOpened(home.resolve("case-5.spoor"));

        assertThat(recent.folders()).hasSize(RecentCases.LIMIT);
        assertThat(recent.folders().get(0)).isEqualTo(home.resolve("case-5.spoor"));
        assertThat(recent.folders().get(1)).isEqualTo(home.resolve("case-9.spoor"));
        assertThat(recent.folders()).doesNotHaveDuplicates();
    }

    @Test
    void languageAndRecentFoldersSurviveARestart() {
        Path file = home.resolve(".spoor/settings.properties");
        AppSettings first = AppSettings.load(file);
        first.caseOpened(home.resolve("pangolin.spoor"));
        first.caseOpened(home.resolve("ivory.spoor"));
        first.setLanguage(Locale.forLanguageTag("vi"));

        AppSettings again = AppSettings.load(file);

        assertThat(again.language()).contains(Locale.forLanguageTag("vi"));
        assertThat(again.recentCases().folders()).containsExactly(home.resolve("ivory.spoor"),
                home.resolve("pangolin.spoor"));
    }

    @Test
    void theFileHoldsFolderPathsAndTheLanguageOnly() throws IOException {
        Path file = home.resolve("settings.properties");
        AppSettings settings = AppSettings.load(file);
        settings.caseOpened(home.resolve("a.spoor"));
        settings.setLanguage(Locale.ENGLISH);

        String values = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("#")).map(line -> line.split("=", 2)[0]).sorted()
                .collect(Collectors.joining(","));
        assertThat(values).isEqualTo("recent.0,ui.language");
    }

    @Test
    void anUnreadableFileMeansDefaults() throws IOException {
        Path file = home.resolve("settings.properties");
        // Not UTF-8 (0xC3 0x28 is an invalid sequence): the file is ignored rather than half read.
        byte[] broken = "recent.0=/cases/a.spoor\nui.language=\u00c3(".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(file, broken);

        AppSettings settings = AppSettings.load(file);

        assertThat(settings.recentCases().folders()).isEmpty();
    }

    @Test
    void forgettingACaseRemovesItFromTheSavedList() {
        Path file = home.resolve("settings.properties");
        AppSettings settings = AppSettings.load(file);
        settings.caseOpened(home.resolve("a.spoor"));
        settings.caseOpened(home.resolve("b.spoor"));

        settings.forgetCase(home.resolve("a.spoor"));

        assertThat(AppSettings.load(file).recentCases().folders()).containsExactly(home.resolve("b.spoor"));
    }
}
