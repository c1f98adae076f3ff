package org.spoor.app.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.bundle.BundleFixture;
import org.spoor.app.review.ReviewSession;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.DialogStyler;
import org.spoor.app.ui.common.Views;
import org.spoor.review.ReviewCommentsFile;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The reviewer window as a prosecutor uses it (headless): a real pack opened, searched, commented, exported. */
@ExtendWith(ApplicationExtension.class)
class ReviewWindowTest {

    @TempDir
    static Path dir;
    static Path pack;

    private TestServices services;
    private Path exported;

    @BeforeAll
    static void exportThePack() throws Exception {
        pack = ReviewPacks.export(dir, null);
    }

    @Start
    void start(Stage stage) throws Exception {
        services = new TestServices(Locale.ENGLISH);
        exported = dir.resolve("from-the-procuracy.spoorcomments");
        ReviewSession session = ReviewSession.open(pack, null,
                Clock.fixed(Instant.parse("2026-03-21T01:00:00Z"), ZoneOffset.UTC));
        new ReviewWindow(new Views(services.language), services.tasks, new DialogStyler(), services.language,
                new ChosenFiles(pack, exported, null)).show(stage, session);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aReviewerSearchesInVietnameseCommentsOnTheExhibitAndExportsTheComments(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#bannerLabel").queryLabeled().getText())
                .startsWith("Read-only review of a case pack");
        assertThat(robot.lookup("#verifiedLabel").queryLabeled().getText()).contains("Nguyễn Thị Lan");
        ListView<ExhibitRow> list = robot.lookup("#exhibitList").queryListView();
        assertThat(list.getItems()).hasSize(3);

        robot.clickOn("#searchField").write("vảy tê tê").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 1);
        ExhibitRow hit = list.getItems().get(0);
        assertThat(hit.exhibit().name()).isEqualTo("bien-ban.txt");
        assertThat(hit.snippet()).contains("«");

        robot.clickOn(robot.lookup("#exhibitList .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#exhibitText").queryAs(TextArea.class).getText()).contains(BundleFixture.VIETNAMESE);
        assertThat(robot.lookup("#factsLabel").queryLabeled().getText()).contains(hit.exhibit().sha256());

        robot.clickOn("#commentText").write("Thiếu chữ ký người chứng kiến.");
        robot.clickOn("#saveCommentButton");
        assertThat(robot.lookup("#commentStatus").queryAs(Label.class).getText()).contains("name");
        robot.clickOn("#reviewerNameField").write("KSV Hoàng Lan");
        robot.clickOn("#saveCommentButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#commentList").queryListView().getItems()).hasSize(1);
        assertThat(robot.lookup("#reviewerNameField").query().isDisabled()).isTrue();

        robot.clickOn("#exportCommentsButton");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(exported));
        ReviewCommentsFile file = ReviewCommentsFile.parse(Files.readAllBytes(exported), "x");
        assertThat(file.reviewer()).isEqualTo("KSV Hoàng Lan");
        assertThat(file.comments()).singleElement().satisfies(c -> {
            assertThat(c.exhibitRef()).isEqualTo(hit.exhibit().ref());
            assertThat(c.text()).isEqualTo("Thiếu chữ ký người chứng kiến.");
        });
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("nothing of the pack written beside it").doesNotContain("bien-ban.txt", "bundle.pdf");
        }
    }
}
