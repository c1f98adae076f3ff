package org.spoor.app.ui.evidence;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.Image;

import org.spoor.app.ui.common.Tasks;
import org.spoor.exhibit.Exhibit;

/**
 * The evidence browser of an open case: the table of every exhibit (paged from the database), the tree of
 * originals and what was found in them, and the detail of the exhibit the investigator looks at.
 * Opening an exhibit's detail is audited ({@link ExhibitDetailReader}).
 */
public final class EvidenceViewModel {

    /** What the table should select and scroll to, after a search result or a tree node asked for it. */
    public record RowRequest(int row, long exhibitId) {
    }

    private final ExhibitSource source;
    private final ExhibitDetailReader detailReader;
    private final PhotoReader photoReader;
    private final Tasks tasks;
    private final ExhibitFormat format;
    private final PagedExhibits rows;
    private final ExhibitTree tree;
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final ObjectProperty<ExhibitDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<RowRequest> rowRequest = new SimpleObjectProperty<>();
    private final ObjectProperty<Image> photo = new SimpleObjectProperty<>();
    private final BooleanProperty readingDetail = new SimpleBooleanProperty(false);
    private long wanted = -1;

    public EvidenceViewModel(ExhibitSource source, ExhibitDetailReader detailReader, PhotoReader photoReader,
                             Tasks tasks, ExhibitFormat format) {
        this.source = source;
        this.detailReader = detailReader;
        this.photoReader = photoReader;
        this.tasks = tasks;
        this.format = format;
        this.rows = new PagedExhibits(source, tasks);
        this.tree = new ExhibitTree(source, tasks);
    }

    /** Counts the exhibits again and forgets the pages read so far (the case grew: an import). */
    public void refresh() {
        tasks.background(source::count).onSuccess(count -> {
            total.set(count);
            rows.reset(count);
        }).start();
        tree.reload();
    }

    /**
     * Shows one exhibit's detail (audited as viewed). Asking for the exhibit already shown does nothing, so
     * a table redraw does not write an audit entry per repaint.
     */
    public void open(Exhibit exhibit) {
        if (exhibit != null) {
            open(exhibit.id());
        }
    }

    public void open(long exhibitId) {
        ExhibitDetail shown = detail.get();
        if (wanted == exhibitId || shown != null && shown.exhibit().id() == exhibitId) {
            return;
        }
        wanted = exhibitId;
        readingDetail.set(true);
        tasks.background(() -> detailReader.view(exhibitId))
                .onSuccess((Optional<ExhibitDetail> found) -> {
                    if (wanted == exhibitId) {
                        found.ifPresent(this::show);
                    }
                })
                .andFinally(() -> {
                    if (wanted == exhibitId) {
                        wanted = -1;
                        readingDetail.set(false);
                    }
                })
                .start();
    }

    private void show(ExhibitDetail shown) {
        detail.set(shown);
        photo.set(null);
        Exhibit exhibit = shown.exhibit();
        if (PhotoReader.shows(exhibit)) {
            tasks.background(() -> photoReader.read(exhibit)).onSuccess(image -> {
                ExhibitDetail now = detail.get();
                if (now != null && now.exhibit().id() == exhibit.id()) {
                    photo.set(image.orElse(null));
                }
            }).start();
        }
    }

    /** Opens the exhibit and asks the table to select its row (from search results or the tree). */
    public void reveal(long exhibitId) {
        open(exhibitId);
        tasks.background(() -> source.positionOf(exhibitId))
                .onSuccess(row -> rowRequest.set(new RowRequest(row, exhibitId)))
                .start();
    }

    public PagedExhibits rows() {
        return rows;
    }

    public ExhibitTree tree() {
        return tree;
    }

    public ExhibitFormat format() {
        return format;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyObjectProperty<ExhibitDetail> detailProperty() {
        return detail;
    }

    /** The exhibit's picture, when it is an image JavaFX can decode; null otherwise or while it is read. */
    public ReadOnlyObjectProperty<Image> photoProperty() {
        return photo;
    }

    public ReadOnlyObjectProperty<RowRequest> rowRequestProperty() {
        return rowRequest;
    }

    public ReadOnlyBooleanProperty readingDetailProperty() {
        return readingDetail;
    }
}
