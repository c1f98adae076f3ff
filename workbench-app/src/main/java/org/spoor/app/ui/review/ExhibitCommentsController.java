package org.spoor.app.ui.review;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;

import org.spoor.app.review.CaseReviewComments;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.app.ui.evidence.ExhibitDetail;
import org.spoor.review.ReviewComment;
import org.spoor.review.ReviewException;

/**
 * The "Review comments" tab of the evidence view's detail pane: what prosecutors and mentors wrote
 * about the chosen exhibit, and the import of a reviewer's comments file into the case.
 */
public final class ExhibitCommentsController {

    private final ObservableValue<ExhibitDetail> detail;
    private final CaseReviewComments comments;
    private final Tasks tasks;
    private final Messages messages;
    private final ReviewFiles files;
    private final DateTimeFormatter times;
    /** What the last import did, said after the count until another exhibit is chosen. */
    private String lastImport = "";

    @FXML private ListView<String> reviewCommentsList;
    @FXML private Label reviewCommentsLabel;
    @FXML private Button importCommentsButton;

    public ExhibitCommentsController(ObservableValue<ExhibitDetail> detail, CaseReviewComments comments, Tasks tasks,
                                     Messages messages, ReviewFiles files, ZoneId zone) {
        this.detail = detail;
        this.comments = comments;
        this.tasks = tasks;
        this.messages = messages;
        this.files = files;
        this.times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale())
                .withZone(zone);
    }

    @FXML
    private void initialize() {
        detail.addListener((o, was, now) -> {
            lastImport = "";
            load(now);
        });
        load(detail.getValue());
    }

    private void load(ExhibitDetail shown) {
        reviewCommentsList.getItems().clear();
        if (shown == null) {
            reviewCommentsLabel.setText(withImport(messages.text("review.case.none")));
            return;
        }
        long exhibitId = shown.exhibit().id();
        tasks.background(() -> comments.onExhibit(exhibitId))
                .onSuccess(list -> {
                    ExhibitDetail current = detail.getValue();
                    if (current == null || current.exhibit().id() != exhibitId) {
                        return;
                    }
                    reviewCommentsList.getItems().setAll(list.stream().map(this::line).toList());
                    reviewCommentsLabel.setText(withImport(list.isEmpty() ? messages.text("review.case.none")
                            : messages.format("review.case.count", list.size(), shown.exhibit().ref())));
                })
                .start();
    }

    private String withImport(String text) {
        return lastImport.isEmpty() ? text : text + "\n" + lastImport;
    }

    private String line(ReviewComment c) {
        return c.reviewer() + " · " + times.format(c.editedAt() == null ? c.writtenAt() : c.editedAt()) + "\n"
                + c.text();
    }

    private String refusal(Throwable failure, java.nio.file.Path file) {
        if (failure instanceof ReviewException refused) {
            return messages.error(refused.messageKey(), refused.arguments()).orElse(refused.getMessage());
        }
        return messages.format("review.case.importFailed", file.getFileName());
    }

    @FXML
    private void importComments() {
        files.chooseCommentsFile(importCommentsButton.getScene().getWindow()).ifPresent(file ->
                tasks.background(() -> comments.importFile(file))
                        .onSuccess(outcome -> {
                            lastImport = outcome.nothingNew()
                                    ? messages.format("review.case.nothingNew", outcome.file().reviewer())
                                    : messages.format("review.case.imported", outcome.added(),
                                    outcome.file().reviewer());
                            load(detail.getValue());
                        })
                        .onError(failure -> {
                            lastImport = refusal(failure, file);
                            load(detail.getValue());
                        })
                        .start());
    }
}
