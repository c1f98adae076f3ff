package org.spoor.app.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

import javafx.scene.Cursor;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.app.review.ReviewSession;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.reports.pack.PackReader;
import org.spoor.reports.pack.PackRefusedException;

/**
 * "Open case pack for review…": choose the pack, ask its transfer password when it is encrypted,
 * verify and open it in the background, then show the reviewer window. A pack that fails
 * verification is refused with the first altered, missing or added file named.
 */
public final class ReviewLauncher {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewLauncher.class);

    private final ReviewWindow window;
    private final ReviewFiles files;
    private final Tasks tasks;
    private final CurrentLanguage language;
    private final DialogStyler styler;
    private final Clock clock;

    public ReviewLauncher(ReviewWindow window, ReviewFiles files, Tasks tasks, CurrentLanguage language,
                          DialogStyler styler, Clock clock) {
        this.window = window;
        this.files = files;
        this.tasks = tasks;
        this.language = language;
        this.styler = styler;
        this.clock = clock;
    }

    public void chooseAndOpen(Window owner) {
        files.choosePack(owner).ifPresent(pack -> open(owner, pack));
    }

    public void open(Window owner, Path pack) {
        char[] password = null;
        try {
            if (PackReader.isEncrypted(pack)) {
                Optional<char[]> typed = askPassword(owner, pack);
                if (typed.isEmpty()) {
                    return;
                }
                password = typed.get();
            }
        } catch (IOException e) {
            refuse(owner, language.messages().format("review.open.unreadable", pack));
            return;
        }
        char[] secret = password;
        // Verifying re-hashes every file of the pack: seconds for a large one, so the pointer says so.
        busy(owner, Cursor.WAIT);
        tasks.background(() -> ReviewSession.open(pack, secret, clock))
                .onSuccess(session -> window.show(new Stage(), session))
                .onError(failure -> refuse(owner, describe(failure, pack)))
                .andFinally(() -> {
                    busy(owner, Cursor.DEFAULT);
                    if (secret != null) {
                        Arrays.fill(secret, '\0');
                    }
                })
                .start();
    }

    private static void busy(Window owner, Cursor cursor) {
        if (owner != null && owner.getScene() != null) {
            owner.getScene().setCursor(cursor);
        }
    }

    private String describe(Throwable failure, Path pack) {
        Messages messages = language.messages();
        if (failure instanceof PackRefusedException refused) {
            return messages.error(refused.messageKey(), refused.arguments()).orElse(refused.getMessage());
        }
        LOG.warn("the pack {} could not be opened", pack, failure);
        return messages.format("review.open.unreadable", pack);
    }

    private Optional<char[]> askPassword(Window owner, Path pack) {
        Messages messages = language.messages();
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("review.password.title"));
        PasswordField field = new PasswordField();
        field.setId("packPasswordField");
        dialog.getDialogPane().setContent(new VBox(8, new Label(messages.format("review.password.text",
                pack.getFileName())), field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        styler.style(dialog.getDialogPane().getStylesheets());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText().toCharArray() : null);
        return dialog.showAndWait().filter(typed -> typed.length > 0);
    }

    private void refuse(Window owner, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(language.messages().text("review.refused.title"));
        alert.setHeaderText(language.messages().text("review.refused.title"));
        styler.style(alert.getDialogPane().getStylesheets());
        alert.show();
    }
}
