package org.spoor.app.ui.review;

import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.spoor.app.review.ReviewSession;
import org.spoor.app.ui.common.ControllerFactory;
import org.spoor.app.ui.common.CurrentLanguage;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.common.Views;

/**
 * The reviewer window of one open pack: its own stage, titled "Spoor — review: …". Closing it closes
 * the pack (the transfer password kept for reading is wiped) and forgets the in-memory index.
 */
public final class ReviewWindow {

    private static final double WIDTH = 1400;
    private static final double HEIGHT = 880;

    private final Views views;
    private final Tasks tasks;
    private final DialogStyler styler;
    private final CurrentLanguage language;
    private final ReviewFiles files;

    public ReviewWindow(Views views, Tasks tasks, DialogStyler styler, CurrentLanguage language, ReviewFiles files) {
        this.views = views;
        this.tasks = tasks;
        this.styler = styler;
        this.language = language;
        this.files = files;
    }

    /** Shows {@code session} in {@code stage} (a new one from the start screen, the test's own in tests). */
    public void show(Stage stage, ReviewSession session) {
        Messages messages = language.messages();
        BundleViewer bundle = new BundleViewer(session, tasks, messages);
        ReviewController controller = new ReviewController(new ReviewViewModel(session, tasks, messages),
                new ReviewCommentsViewModel(session, tasks, messages), bundle, files, messages);
        ControllerFactory controllers = new ControllerFactory();
        controllers.register(ReviewController.class, () -> controller);
        // As large as the view asks for, but never larger than the screen (a small laptop, a headless test).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(views.load("review/review.fxml", controllers).root(),
                Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        styler.style(scene.getStylesheets());
        stage.setScene(scene);
        stage.setTitle(messages.format("review.window.title", session.pack().file().getFileName()));
        stage.setOnCloseRequest(event -> {
            if (session.hasUnexportedComments() && !confirmClose(stage, messages, session)) {
                event.consume();
            }
        });
        // Closing touches no disk: the index is in memory, the password is wiped.
        stage.setOnHidden(event -> {
            controller.close();
            session.close();
        });
        stage.show();
    }

    /** Comments live in memory until exported: closing without exporting them is asked about first. */
    private boolean confirmClose(Stage stage, Messages messages, ReviewSession session) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.format("review.close.unexported",
                session.comments().all().size()), ButtonType.OK, ButtonType.CANCEL);
        alert.initOwner(stage);
        alert.setTitle(messages.text("review.close.title"));
        alert.setHeaderText(messages.text("review.close.title"));
        styler.style(alert.getDialogPane().getStylesheets());
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }
}
