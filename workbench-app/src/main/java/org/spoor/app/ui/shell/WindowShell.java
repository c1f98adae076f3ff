package org.spoor.app.ui.shell;

import java.io.IOException;
import java.util.Optional;

import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Navigation;
import org.spoor.app.ui.common.Tasks;

/**
 * The application window: shows the start screen or the open case in one stage, closes the case
 * (which wipes its key and releases its lock) off the FX thread, and reloads the views when the
 * language changes.
 */
public final class WindowShell implements Navigation {

    private static final Logger LOG = LoggerFactory.getLogger(WindowShell.class);
    private static final double CASE_WIDTH = 1280;
    private static final double CASE_HEIGHT = 800;

    private final Stage stage;
    private final Screens screens;
    private final Tasks tasks;
    private final CurrentLanguage language;
    private final Scene scene;
    private CaseSession session;

    public WindowShell(Stage stage, Screens screens, Tasks tasks, DialogStyler styler, CurrentLanguage language) {
        this.stage = stage;
        this.screens = screens;
        this.tasks = tasks;
        this.language = language;
        this.scene = new Scene(new Pane());
        styler.style(scene.getStylesheets());
        stage.setScene(scene);
        language.messagesProperty().addListener((o, was, now) -> reload());
    }

    public void showStart() {
        show(screens.start(this), "Spoor");
    }

    @Override
    public void caseOpened(CaseSession opened) {
        boolean fromStart = session == null;
        this.session = opened;
        show(screens.caseWindow(this, opened), "Spoor — " + opened.details().title());
        if (fromStart) {
            growTo(CASE_WIDTH, CASE_HEIGHT);
        }
    }

    @Override
    public void closeCase() {
        CaseSession closing = session;
        if (closing == null) {
            return;
        }
        session = null;
        screens.caseClosed(closing);
        showStart();
        tasks.background(() -> {
            closing.close();
            return closing;
        }).start();
    }

    @Override
    public void openSettings() {
        screens.showSettings(stage);
    }

    /** Builds the shown screen again, e.g. in a new language; an open case stays open. */
    public void reload() {
        if (session == null) {
            showStart();
        } else {
            show(screens.caseWindow(this, session), stage.getTitle());
        }
    }

    public Optional<CaseSession> openCase() {
        return Optional.ofNullable(session);
    }

    /** Closes an open case before the application exits (on the calling thread: the window is gone). */
    public void shutdown() {
        CaseSession closing = session;
        session = null;
        if (closing != null) {
            try {
                closing.close();
            } catch (IOException | RuntimeException e) {
                LOG.warn("The case {} did not close cleanly: {}", closing.folder(), e.toString(), e);
            }
        }
    }

    private void show(Parent root, String title) {
        scene.setRoot(root);
        stage.setTitle(title);
        LOG.debug("Showing {} in {}", root.getId(), language.locale());
    }

    private void growTo(double width, double height) {
        if (stage.isMaximized() || stage.isFullScreen()) {
            return;
        }
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        double newWidth = Math.min(Math.max(stage.getWidth(), width), bounds.getWidth());
        double newHeight = Math.min(Math.max(stage.getHeight(), height), bounds.getHeight());
        stage.setWidth(newWidth);
        stage.setHeight(newHeight);
        stage.setX(bounds.getMinX() + (bounds.getWidth() - newWidth) / 2);
        stage.setY(bounds.getMinY() + (bounds.getHeight() - newHeight) / 2);
    }
}
