package org.spoor.app.gui;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.spoor.app.ui.settings.AppSettings;
import org.spoor.casefile.CaseOptions;

/**
 * What the GUI is started with. Tests pass a temporary settings file and a fast key derivation here;
 * everything else comes from {@link #defaults}.
 *
 * @param settingsFile the user's preferences (language, recent case folders)
 * @param caseOptions how cases are created and opened: actor for the audit log, KDF strength, clock
 * @param zone the zone times are shown in
 * @param language the language to speak unless the user chose one in the settings
 * @param caseToOpen a case folder to offer for opening right away
 */
public record GuiConfig(Path settingsFile, CaseOptions caseOptions, ZoneId zone, Locale language,
                        Optional<Path> caseToOpen) {

    public static GuiConfig defaults(Optional<Path> caseToOpen, Locale language) {
        return new GuiConfig(AppSettings.defaultFile(), CaseOptions.defaults(System.getProperty("user.name", "user")),
                ZoneId.systemDefault(), language, caseToOpen);
    }
}
