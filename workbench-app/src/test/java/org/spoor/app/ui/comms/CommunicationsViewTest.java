package org.spoor.app.ui.comms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The communications place on the corpus phone files, driven as a user would (headless). */
@ExtendWith(ApplicationExtension.class)
class CommunicationsViewTest {

    @TempDir
    static Path root;

    private static Path home;
    private PhoneCaseWindow window;

    @BeforeAll
    static void phoneCase() throws Exception {
        home = PhoneCaseWindow.prepareHome(root);
    }

    @Start
    void start(Stage stage) {
        window = PhoneCaseWindow.start(stage, home);
    }

    @AfterEach
    void close() throws Exception {
        window.close();
    }

    @Test
    void theSmsThreadReadsAsBubblesTheCallLogListsBarneyAndTheCountsSayWhoContactedWhom(FxRobot robot)
            throws Exception {
        PhoneCaseWindow.openAt(robot, "communications");
        ListView<ConversationItem> conversations = robot.lookup("#conversationList").queryListView();
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !conversations.getItems().isEmpty());
        ConversationItem sms = conversations.getItems().stream().filter(c -> c.service().equals("SMS"))
                .findFirst().orElseThrow();
        assertThat(sms.messageCount()).isEqualTo(9);

        robot.interact(() -> conversations.getSelectionModel().select(sms));
        ListView<ChatLine> thread = robot.lookup("#chatThread").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> thread.getItems().size() == 9);
        WaitForAsyncUtils.waitForFxEvents();
        Node outgoing = robot.lookup(".chat-out").query();
        Node incoming = robot.lookup(".chat-in").query();
        // The thread opens at its newest message: the bubbles on screen are the end of the chat.
        assertThat(robot.from(outgoing).lookup(".chat-body").queryAs(Labeled.class).getText())
                .isIn(thread.getItems().stream().filter(ChatLine::outgoing).map(ChatLine::body).toList());
        assertThat(robot.lookup(".chat-body").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains(thread.getItems().get(thread.getItems().size() - 1).body());
        Bounds right = outgoing.localToScene(outgoing.getBoundsInLocal());
        Bounds left = incoming.localToScene(incoming.getBoundsInLocal());
        assertThat(right.getMaxX()).as("sent bubbles sit on the right").isGreaterThan(left.getMaxX() + 40);

        robot.clickOn("#callsTab .tab-label");
        TableView<CallRow> calls = robot.lookup("#callTable").queryTableView();
        assertThat(calls.getItems()).filteredOn(c -> c.number().equals(PhoneCorpusCase.BARNEY)).hasSize(3)
                .extracting(CallRow::name).containsOnly("Barney");
        assertThat(calls.getItems()).extracting(CallRow::duration).contains("2:06", "10:39");

        robot.clickOn("#contactsTab .tab-label");
        TableView<ContactCount> counts = robot.lookup("#contactCountTable").queryTableView();
        assertThat(counts.getItems()).filteredOn(c -> c.partyKey().equals(PhoneCorpusCase.BARNEY)).singleElement()
                .satisfies(c -> {
                    assertThat(c.calls()).isEqualTo(3);
                    assertThat(c.ownerLabel()).isEqualTo("Phone owner (VN-44-01)");
                    assertThat(c.first()).isBefore(c.last());
                });
        assertThat(robot.lookup("#commsSummaryLabel").queryLabeled().getText()).contains("3 calls");
    }
}
