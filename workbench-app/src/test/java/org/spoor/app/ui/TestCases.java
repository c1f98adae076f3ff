package org.spoor.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.spoor.app.gui.GuiConfig;
import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseException;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.CaseOptions;
import org.spoor.casefile.crypto.KdfParameters;

/** Cases for GUI tests: real case files, with a key derivation fast enough for a test (8 MiB, 1 pass). */
public final class TestCases {

    public static final String PASSWORD = "correct horse battery staple";
    public static final String ACTOR = "tester";

    private TestCases() {
    }

    public static CaseOptions fastOptions(String actor) {
        return CaseOptions.defaults(actor).withKdf(() -> KdfParameters.argon2id(8 * 1024, 1, 1));
    }

    /** Creates a closed case in {@code folder} with {@link #PASSWORD}. */
    public static Path createClosed(Path folder, String title) throws IOException, CaseException {
        CaseDetails draft = CaseDetails.draft(title, "VN", "Nguyễn Văn An", "ENV Police");
        try (CaseFile created = CaseFile.create(folder, draft, PASSWORD.toCharArray(), fastOptions(ACTOR))) {
            return folder;
        }
    }

    /** What the GUI tests start the window with: a settings file in {@code home}, English, Hanoi time. */
    public static GuiConfig config(Path home, Locale language) {
        return new GuiConfig(home.resolve(".spoor").resolve("settings.properties"), fastOptions(ACTOR),
                ZoneId.of("Asia/Ho_Chi_Minh"), language, Optional.empty());
    }
}
