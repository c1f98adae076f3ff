package org.spoor.app.ui.review;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Pagination;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.app.review.BundlePages;
import org.spoor.app.review.ReviewSession;
import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;

/**
 * Shows the pack's bundle PDF as page pictures in a {@link Pagination}: read from the pack and
 * rendered in memory when the bundle tab is first opened, one page at a time in the background.
 */
final class BundleViewer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BundleViewer.class);

    private final ReviewSession session;
    private final Tasks tasks;
    private final Messages messages;
    private final StringProperty status = new SimpleStringProperty("");
    private BundlePages pages;
    private boolean started;

    BundleViewer(ReviewSession session, Tasks tasks, Messages messages) {
        this.session = session;
        this.tasks = tasks;
        this.messages = messages;
    }

    StringProperty statusProperty() {
        return status;
    }

    /** Loads the bundle into {@code pagination} the first time it is called. */
    void showIn(Pagination pagination) {
        if (started) {
            return;
        }
        started = true;
        status.set(messages.text("review.bundle.loading"));
        tasks.background(() -> new BundlePages(session.pack().bundlePdf()))
                .onSuccess(loaded -> {
                    pages = loaded;
                    pagination.setPageCount(Math.max(1, loaded.pageCount()));
                    pagination.setPageFactory(this::page);
                    status.set(messages.format("review.bundle.pages", loaded.pageCount()));
                })
                .onError(failure -> {
                    LOG.warn("bundle not shown: {}", failure.toString());
                    status.set(messages.text("review.bundle.failed"));
                })
                .start();
    }

    private ScrollPane page(int index) {
        ImageView view = new ImageView();
        view.setPreserveRatio(true);
        ScrollPane scroll = new ScrollPane(view);
        // The page as wide as the pane: a prosecutor reads it without scrolling sideways.
        view.fitWidthProperty().bind(scroll.widthProperty().subtract(24));
        BundlePages current = pages;
        tasks.background(() -> SwingFXUtils.toFXImage(current.page(index), null))
                .onSuccess(view::setImage)
                .onError(failure -> status.set(messages.text("review.bundle.failed")))
                .start();
        return scroll;
    }

    @Override
    public void close() {
        if (pages != null) {
            try {
                pages.close();
            } catch (java.io.IOException e) {
                LOG.debug("closing the bundle pages: {}", e.toString());
            }
        }
    }
}
