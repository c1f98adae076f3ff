package org.spoor.app.ui.comms;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.spoor.app.gui.GuiComposition;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.settings.AppSettings;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The main window on a copy of the phone corpus case, opened the way a user opens a recent case. */
public final class PhoneCaseWindow {

    private final GuiComposition gui;

    private PhoneCaseWindow(GuiComposition gui) {
        this.gui = gui;
    }

    /**
     * A home folder whose recent case is a copy of the phone case. Call it before the window starts
     * (in {@code @BeforeAll}): the first call imports the corpus, which takes longer than TestFX waits
     * for a window.
     */
    public static Path prepareHome(Path root) throws Exception {
        Path home = Files.createTempDirectory(root, "home");
        Path folder = PhoneCorpusCase.create(home.resolve("bedrock.spoor"));
        AppSettings.load(home.resolve(".spoor").resolve("settings.properties")).caseOpened(folder);
        return home;
    }

    /** Shows the start screen of {@code home} (see {@link #prepareHome}). */
    public static PhoneCaseWindow start(Stage stage, Path home) {
        GuiComposition gui = new GuiComposition(TestCases.config(home, Locale.ENGLISH));
        gui.start(stage);
        return new PhoneCaseWindow(gui);
    }

    /** Opens the recent case with its password and goes to {@code placeId} ("communications", ...). */
    public static void openAt(FxRobot robot, String placeId) throws Exception {
        robot.doubleClickOn(".recent-name");
        waitFor(robot, "#openCaseDialog");
        robot.clickOn("#passwordField").write(TestCases.PASSWORD);
        robot.clickOn("#openButton");
        waitFor(robot, "#place-" + placeId);
        robot.clickOn("#place-" + placeId);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(node -> node.isVisible() && node.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void close() throws Exception {
        FxToolkit.cleanupStages();
        WaitForAsyncUtils.asyncFx(gui::close).get(20, TimeUnit.SECONDS);
    }
}
