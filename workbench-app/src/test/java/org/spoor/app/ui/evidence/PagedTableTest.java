package org.spoor.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.spoor.app.ui.TestServices;
import org.spoor.exhibit.Disclosure;
import org.spoor.exhibit.Exhibit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real table over 100,000 exhibits: it reads only the pages it draws, also when the investigator selects a
 * row, jumps to the end, or a page arrives under the selection (a table that asks its list for every item,
 * e.g. to find the selected one again, would read them all).
 */
@ExtendWith(ApplicationExtension.class)
class PagedTableTest {

    private static final int EXHIBITS = 100_000;

    private final TestServices services = new TestServices(Locale.ENGLISH);
    private final Set<Integer> pagesRead = ConcurrentHashMap.newKeySet();
    private TableView<Exhibit> table;
    private PagedExhibits rows;

    /** Exhibits made up on demand, so the test needs no database; it records which pages were asked for. */
    private final ExhibitSource synthetic = new ExhibitSource() {
        @Override
        public int count() {
            return EXHIBITS;
        }

        @Override
        public List<Exhibit> page(int offset, int limit) {
            pagesRead.add(offset / PagedExhibits.PAGE_SIZE);
            return LongStream.rangeClosed(offset + 1L, Math.min(EXHIBITS, offset + (long) limit))
                    .mapToObj(PagedTableTest::exhibit).collect(Collectors.toList());
        }

        @Override
        public List<Exhibit> topLevel(int offset, int limit) {
            return List.of();
        }

        @Override
        public int topLevelCount() {
            return 0;
        }

        @Override
        public List<Exhibit> children(long parentId) {
            return List.of();
        }

        @Override
        public boolean hasChildren(long exhibitId) {
            return false;
        }

        @Override
        public Optional<Exhibit> byId(long exhibitId) {
            return Optional.of(exhibit(exhibitId));
        }

        @Override
        public int positionOf(long exhibitId) {
            return (int) exhibitId - 1;
        }
    };

    private static Exhibit exhibit(long id) {
        return new Exhibit(id, Exhibit.refFor(id), null, "import", "IMG_" + id + ".jpg", "/dcim/IMG_" + id + ".jpg",
                1000 + id, "0".repeat(64), "0".repeat(32), "blob", "image/jpeg", "Vinh", null, "VN-44", "Hoa", null,
                Disclosure.DISCLOSABLE, Instant.EPOCH);
    }

    @Start
    void start(Stage stage) {
        rows = new PagedExhibits(synthetic, services.tasks);
        table = new TableView<>(rows);
        TableColumn<Exhibit, String> ref = new TableColumn<>("Ref.");
        ref.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue() == null ? "…"
                : cell.getValue().ref()));
        table.getColumns().add(ref);
        stage.setScene(new Scene(table, 400, 600));
        stage.show();
        rows.reset(EXHIBITS);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void waitForRow(int row) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> rows.get(row) != null)
                .get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void selectingAndJumpingToTheEndReadsOnlyThePagesShown(FxRobot robot) throws Exception {
        waitForRow(0);
        robot.interact(() -> table.getSelectionModel().select(3));
        assertThat(table.getSelectionModel().getSelectedItem().ref()).isEqualTo("SPR-0004");

        robot.interact(() -> table.scrollTo(EXHIBITS - 1));
        waitForRow(EXHIBITS - 1);
        robot.interact(() -> table.getSelectionModel().select(EXHIBITS - 1));
        robot.interact(() -> table.scrollTo(50_000));
        waitForRow(50_000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getSelectionModel().getSelectedItem().ref()).isEqualTo("SPR-100000");
        assertThat(pagesRead).as("pages read of %d", EXHIBITS / PagedExhibits.PAGE_SIZE).hasSizeLessThan(8)
                .contains(0, EXHIBITS / PagedExhibits.PAGE_SIZE - 1, 500);
        assertThat(rows.pagesHeld()).isLessThanOrEqualTo(PagedExhibits.MAX_PAGES);
    }
}
