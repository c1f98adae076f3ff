package org.spoor.app.ui.shell;

import javafx.scene.Parent;
import javafx.stage.Window;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.Navigation;

/** Builds what the shell shows; implemented by the composition root, which wires the controllers. */
public interface Screens {

    Parent start(Navigation navigation);

    Parent caseWindow(Navigation navigation, CaseSession session);

    void showSettings(Window owner);

    /** The case was closed: forget whatever was kept for it (view-models, views). */
    void caseClosed(CaseSession session);
}
