package org.spoor.app.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.bundle.BundleFixture;
import org.spoor.app.review.CaseReviewComments;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.ControllerFactory;
import org.spoor.app.ui.common.Views;
import org.spoor.app.ui.evidence.ExhibitDetail;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Exhibit;
import org.spoor.review.ReviewCommentsFile;
import org.spoor.review.ReviewNote;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The investigator's side: the evidence view's review-comments tab imports a reviewer's file and lists it. */
@ExtendWith(ApplicationExtension.class)
class ExhibitCommentsViewTest {

    @TempDir
    static Path dir;

    private TestServices services;
    private CaseFile caseFile;
    private Exhibit record;
    private Path commentsFile;
    private final SimpleObjectProperty<ExhibitDetail> shown = new SimpleObjectProperty<>();

    @Start
    void start(Stage stage) throws Exception {
        BundleFixture.Built built = BundleFixture.create(Files.createTempDirectory(dir, "case").resolve("vay.spoor"));
        caseFile = CaseFile.open(built.dir(), BundleFixture.PASSWORD.toCharArray(), BundleFixture.options());
        record = built.disclosed().get(0);
        commentsFile = dir.resolve("vay-review-lan.spoorcomments");
        Files.write(commentsFile, new ReviewCommentsFile(caseFile.header().caseId(), "Operation Vảy", "ab".repeat(32),
                "KSV Hoàng Lan", Instant.parse("2026-03-21T02:00:00Z"), List.of(new ReviewNote("c-1", record.ref(),
                "Thiếu chữ ký người chứng kiến.", Instant.parse("2026-03-21T01:00:00Z"), null))).toBytes());
        services = new TestServices(Locale.ENGLISH);
        ControllerFactory controllers = new ControllerFactory().register(ExhibitCommentsController.class,
                () -> new ExhibitCommentsController(shown, new CaseReviewComments(caseFile), services.tasks,
                        services.language.messages(), ChosenFiles.commentsToImport(commentsFile), ZoneOffset.UTC));
        stage.setScene(new Scene(new Views(services.language).load("review/exhibit-comments.fxml", controllers)
                .root(), 600, 400));
        stage.show();
        shown.set(new ExhibitDetail(record, List.of(), List.of(), Optional.empty(), "", 0, 0));
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        caseFile.close();
    }

    @Test
    void importingAReviewersFileListsTheCommentOnItsExhibitAndRecordsIt(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#reviewCommentsLabel").queryLabeled().getText().contains("No reviewer"));

        robot.clickOn("#importCommentsButton");
        ListView<String> list = robot.lookup("#reviewCommentsList").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().size() == 1);

        assertThat(list.getItems().get(0)).startsWith("KSV Hoàng Lan").contains("Thiếu chữ ký người chứng kiến.");
        assertThat(robot.lookup("#reviewCommentsLabel").queryLabeled().getText()).contains("1 reviewer comments")
                .contains("Imported 1 comments from KSV Hoàng Lan");
        assertThat(caseFile.audit().head().action()).isEqualTo("review.comments.imported");
    }
}
