package org.spoor.app.ui.common;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place failures reach people: the log gets the stack, the person gets a translated sentence
 * in a dialog. Safe to call from any thread.
 */
public final class ErrorDialogs {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorDialogs.class);

    private final ErrorMessages messages;
    private final DialogStyler styler;

    public ErrorDialogs(ErrorMessages messages, DialogStyler styler) {
        this.messages = messages;
        this.styler = styler;
    }

    /** Logs {@code failure} with its stack and shows its translated message, owned by {@code owner} if given. */
    public void show(Window owner, Throwable failure) {
        LOG.error("Shown to the user as an error dialog", failure);
        if (Platform.isFxApplicationThread()) {
            display(owner, failure);
        } else {
            Platform.runLater(() -> display(owner, failure));
        }
    }

    /** Logs {@code failure} and returns its translated message, for views that show errors inline. */
    public UserMessage logAndDescribe(Throwable failure) {
        LOG.warn("Shown to the user inline: {}", failure.toString(), failure);
        return messages.describe(failure);
    }

    private void display(Window owner, Throwable failure) {
        UserMessage message = messages.describe(failure);
        Alert alert = new Alert(Alert.AlertType.ERROR, message.text(), ButtonType.OK);
        alert.setTitle("Spoor — " + message.title());
        alert.setHeaderText(message.title());
        alert.getDialogPane().setId("errorDialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        styler.style(alert.getDialogPane().getStylesheets());
        alert.show();
    }
}
