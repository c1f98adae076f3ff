package org.spoor.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.application.Platform;
import javafx.stage.Stage;

import org.spoor.app.gui.GuiComposition;
import org.spoor.app.ui.evidence.EvidenceLookData;
import org.spoor.app.ui.map.MapLookData;
import org.spoor.casefile.CaseFile;

/**
 * For looking at the window by eye (screenshots under Xvfb), not a test: builds a throw-away case with a
 * few audit entries in a temporary home, then shows one screen.
 * Arguments: {@code start|create|open|main|evidence|photo|search|watch|import|import-run|map|settings} and a language tag
 * ({@code vi}, {@code es}, ...).
 */
public final class GuiLookMain {

    private GuiLookMain() {
    }

    public static void main(String[] args) throws Exception {
        String screen = args.length > 0 ? args[0] : "start";
        Locale language = Locale.forLanguageTag(args.length > 1 ? args[1] : "en");
        Path home = Files.createTempDirectory("spoor-look");
        List<Path> seized = new ArrayList<>();
        Path folder = TestCases.createClosed(home.resolve("vinh-warehouse.spoor"),
                "Chuyên án Tê Tê — kho hàng Vinh");
        try (CaseFile caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(),
                TestCases.fastOptions("an"))) {
            // Actions without an effect on other tables, so no exhibit rows are needed behind them.
            for (int i = 1; i <= 40; i++) {
                String action = i % 3 == 0 ? "case.verified" : i % 3 == 1 ? "import.started" : "case.exported";
                caseFile.audit().record("Lê Minh", action, "SPR-" + String.format("%04d", i),
                        Map.of("file", "IMG_2024_" + i + ".jpg", "seal", "VN-44-" + i, "place", "Kho hàng Vinh"));
            }
            if ("map".equals(screen)) {
                MapLookData.fill(caseFile);
            }
            if (LookScript.EVIDENCE_SCREENS.contains(screen)) {
                seized.addAll(EvidenceLookData.seizedFiles(home.resolve("seized")));
                if (!screen.startsWith("import")) {
                    EvidenceLookData.importInto(caseFile, seized);
                }
            }
        }
        org.spoor.app.ui.settings.AppSettings.load(home.resolve(".spoor/settings.properties")).caseOpened(folder);
        Platform.setImplicitExit(false);
        Platform.startup(() -> {
            try {
                Stage stage = new Stage();
                GuiComposition gui = new GuiComposition(TestCases.config(home, language),
                        EvidenceLookData.chooser(seized));
                gui.start(stage);
                new LookScript(stage, folder).show(screen);
            } catch (RuntimeException e) {
                e.printStackTrace();
                Platform.exit();
            }
        });
    }
}
