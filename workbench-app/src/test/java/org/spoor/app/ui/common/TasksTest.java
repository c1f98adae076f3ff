package org.spoor.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TasksTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final CurrentLanguage language = new CurrentLanguage(UiLanguages.VIETNAMESE);
    private final Tasks tasks = new Tasks(executor, new ErrorDialogs(new ErrorMessages(language), new DialogStyler()));
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        executor.shutdownNow();
        FxToolkit.cleanupStages();
    }

    private void awaitEvent(String last) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.contains(last));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWorkRunsOffTheFxThreadAndItsHandlersOnIt() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> tasks.background(() -> {
            events.add("work on FX thread: " + Platform.isFxApplicationThread());
            return 42;
        }).onSuccess(answer -> events.add("success " + answer + " on FX thread: " + Platform.isFxApplicationThread()))
                .andFinally(() -> events.add("finally"))
                .start()).get();

        awaitEvent("finally");
        assertThat(events).containsExactly("work on FX thread: false", "success 42 on FX thread: true", "finally");
    }

    @Test
    void aFailureWithItsOwnHandlerGoesThereAndThenToFinally() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> tasks.background(() -> {
            throw new IllegalStateException("broken parser");
        }).onSuccess(result -> events.add("success"))
                .onError(failure -> events.add("error " + failure.getMessage()))
                .andFinally(() -> events.add("finally"))
                .start()).get();

        awaitEvent("finally");
        assertThat(events).containsExactly("error broken parser", "finally");
    }

    @Test
    void aFailureWithoutAHandlerReachesTheErrorDialogInTheUsersLanguage(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> tasks.background(() -> {
            throw new IllegalStateException("internal detail");
        }).andFinally(() -> events.add("finally")).start()).get();

        awaitEvent("finally");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#errorDialog").query();
        assertThat(dialog.getContentText()).isEqualTo(language.messages().text("error.unexpected.text"))
                .doesNotContain("internal detail");
        assertThat(dialog.getHeaderText()).isEqualTo("Đã xảy ra lỗi");
    }

    @Test
    void aHandlerThatThrowsAlsoReachesTheErrorDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> tasks.background(() -> 1).onSuccess(result -> {
            throw new IllegalArgumentException("bug in a handler");
        }).andFinally(() -> events.add("finally")).start()).get();

        awaitEvent("finally");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#errorDialog").tryQuery().isPresent());
    }
}
