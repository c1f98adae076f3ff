package org.spoor.app.ui.review;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Pagination;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;

import org.spoor.app.ui.common.Messages;
import org.spoor.reports.pack.OpenedPack;
import org.spoor.reports.pack.PackExhibit;
import org.spoor.review.ReviewNote;

/** The read-only reviewer window: binds the nodes to the two view-models; no logic of its own. */
public final class ReviewController {

    private final ReviewViewModel browse;
    private final ReviewCommentsViewModel comments;
    private final BundleViewer bundle;
    private final ReviewFiles files;
    private final Messages messages;

    @FXML private Label caseLabel;
    @FXML private Label verifiedLabel;
    @FXML private TextField searchField;
    @FXML private Label listLabel;
    @FXML private ListView<ExhibitRow> exhibitList;
    @FXML private Tab bundleTab;
    @FXML private Label exhibitTitle;
    @FXML private Label factsLabel;
    @FXML private Label problemLabel;
    @FXML private ImageView pictureView;
    @FXML private TextArea exhibitText;
    @FXML private Label bundleStatus;
    @FXML private Pagination bundlePages;
    @FXML private TextField reviewerNameField;
    @FXML private CheckBox wholePackCheck;
    @FXML private Label commentTargetLabel;
    @FXML private ListView<ReviewNote> commentList;
    @FXML private TextArea commentText;
    @FXML private Button saveCommentButton;
    @FXML private Button cancelEditButton;
    @FXML private Label commentStatus;
    @FXML private Button exportCommentsButton;

    ReviewController(ReviewViewModel browse, ReviewCommentsViewModel comments, BundleViewer bundle,
                     ReviewFiles files, Messages messages) {
        this.browse = browse;
        this.comments = comments;
        this.bundle = bundle;
        this.files = files;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        OpenedPack pack = browse.pack();
        String title = pack.caseInfo().title().isBlank() ? pack.caseId() : pack.caseInfo().title();
        caseLabel.setText(messages.format("review.pack.case", title, pack.caseId(), pack.file().getFileName()));
        verifiedLabel.setText(messages.format("review.pack.verified", pack.verification().filesChecked(),
                pack.signer()));
        searchField.textProperty().bindBidirectional(browse.queryProperty());
        listLabel.textProperty().bind(browse.listLabelProperty());
        exhibitList.setItems(browse.rows());
        exhibitList.setCellFactory(list -> new ExhibitCell(list));
        exhibitList.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                browse.selectedProperty().set(now.exhibit());
            }
        });
        browse.selectedProperty().addListener((o, was, now) -> show(now));
        pictureView.imageProperty().bind(browse.pictureProperty());
        pictureView.visibleProperty().bind(browse.pictureProperty().isNotNull());
        pictureView.managedProperty().bind(pictureView.visibleProperty());
        problemLabel.textProperty().bind(browse.problemProperty());
        bundleStatus.textProperty().bind(bundle.statusProperty());
        bundleTab.setOnSelectionChanged(event -> {
            if (bundleTab.isSelected()) {
                bundle.showIn(bundlePages);
            }
        });
        bindComments();
        show(null);
    }

    private void bindComments() {
        comments.exhibitProperty().bind(browse.selectedProperty());
        reviewerNameField.textProperty().bindBidirectional(comments.reviewerNameProperty());
        reviewerNameField.disableProperty().bind(comments.nameFixedProperty());
        wholePackCheck.selectedProperty().bindBidirectional(comments.wholePackProperty());
        commentTargetLabel.textProperty().bind(comments.targetProperty());
        commentList.setItems(comments.shown());
        commentList.setCellFactory(list -> new CommentCell(list));
        commentText.textProperty().bindBidirectional(comments.draftProperty());
        saveCommentButton.textProperty().bind(Bindings.when(comments.editingProperty().isNull())
                .then(messages.text("review.comment.add")).otherwise(messages.text("review.comment.save")));
        cancelEditButton.visibleProperty().bind(comments.editingProperty().isNotNull());
        commentStatus.textProperty().bind(comments.statusProperty());
        exportCommentsButton.textProperty().bind(Bindings.createStringBinding(() -> messages.format(
                "review.export.button", comments.totalProperty().get()), comments.totalProperty()));
    }

    private void show(PackExhibit exhibit) {
        if (exhibit == null) {
            exhibitTitle.setText(messages.text("review.exhibit.none"));
            factsLabel.setText("");
            exhibitText.setText("");
            return;
        }
        exhibitTitle.setText(exhibit.ref() + " — " + exhibit.description());
        factsLabel.setText(browse.facts(exhibit));
        exhibitText.setText(exhibit.text().isBlank() ? messages.text("review.exhibit.noText") : exhibit.text());
    }

    @FXML
    private void search() {
        browse.search();
    }

    @FXML
    private void showAll() {
        browse.showAll();
    }

    @FXML
    private void saveComment() {
        comments.save();
    }

    @FXML
    private void cancelEdit() {
        comments.cancelEdit();
    }

    @FXML
    private void exportComments() {
        if (!comments.canExport()) {
            comments.statusProperty().set(messages.text("review.export.nothing"));
            return;
        }
        files.chooseCommentsTarget(exportCommentsButton.getScene().getWindow(), comments.suggestedFileName())
                .ifPresent(target -> comments.export(target, path -> { }));
    }

    void close() {
        bundle.close();
    }

    /** Reference and description; the file name, or the words around a search hit, below. */
    private static final class ExhibitCell extends ListCell<ExhibitRow> {
        private final ListView<ExhibitRow> list;

        ExhibitCell(ListView<ExhibitRow> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(ExhibitRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label ref = new Label(row.exhibit().ref() + "  " + row.exhibit().description());
            ref.getStyleClass().add("review-ref");
            String below = row.snippet().isBlank() ? row.exhibit().name() : row.snippet();
            Label more = new Label(below.length() > 160 ? below.substring(0, 160) + "…" : below);
            more.getStyleClass().add("review-snippet");
            more.setWrapText(true);
            VBox box = new VBox(2, ref, more);
            box.maxWidthProperty().bind(list.widthProperty().subtract(30));
            setGraphic(box);
            setText(null);
            setAccessibleText(row.exhibit().ref() + ", " + row.exhibit().description());
        }
    }

    /** A comment with its time; right click to edit or delete. */
    private final class CommentCell extends ListCell<ReviewNote> {
        private final ListView<ReviewNote> list;

        CommentCell(ListView<ReviewNote> list) {
            this.list = list;
        }

        @Override
        protected void updateItem(ReviewNote note, boolean empty) {
            super.updateItem(note, empty);
            if (empty || note == null) {
                setGraphic(null);
                setText(null);
                setContextMenu(null);
                return;
            }
            Label text = new Label(note.text() + (note.editedAt() == null ? ""
                    : "  " + messages.text("review.comment.edited")));
            text.setWrapText(true);
            text.maxWidthProperty().bind(list.widthProperty().subtract(30));
            setGraphic(text);
            setText(null);
            MenuItem edit = new MenuItem(messages.text("review.comment.edit"));
            edit.setOnAction(event -> comments.edit(note));
            MenuItem delete = new MenuItem(messages.text("review.comment.delete"));
            delete.setOnAction(event -> comments.delete(note));
            setContextMenu(new ContextMenu(edit, delete));
            setOnMouseClicked(event -> {
                if (event.getClickCount() == 2) {
                    comments.edit(note);
                }
            });
        }
    }
}
