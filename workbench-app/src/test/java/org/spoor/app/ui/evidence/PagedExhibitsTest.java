package org.spoor.app.ui.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.TestServices;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Exhibit;

/** The evidence table's rows over 10,000 exhibits: read a page at a time as shown, never all at once. */
class PagedExhibitsTest {

    private static final int EXHIBITS = 10_000;

    @TempDir
    static Path root;

    private static CaseFile caseFile;
    private static TestServices services;

    @BeforeAll
    static void caseWithTenThousandExhibits() throws Exception {
        FxTestThread.start();
        Path folder = TestCases.createClosed(root.resolve("many.spoor"), "Ten thousand photos");
        try (CaseFile writing = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(),
                TestCases.fastOptions("tester"))) {
            CaseExhibits.bulk(writing, EXHIBITS);
        }
        caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions("tester"));
        services = new TestServices(Locale.ENGLISH);
    }

    @AfterAll
    static void close() throws Exception {
        services.close();
        caseFile.close();
    }

    /** The case's exhibits, counting how many rows were read. */
    private static final class CountingSource implements ExhibitSource {
        private final ExhibitSource real = new CaseExhibitSource(caseFile.exhibits(), caseFile.db());
        private final AtomicInteger rowsRead = new AtomicInteger();

        @Override
        public int count() {
            return real.count();
        }

        @Override
        public List<Exhibit> page(int offset, int limit) {
            List<Exhibit> page = real.page(offset, limit);
            rowsRead.addAndGet(page.size());
            return page;
        }

        @Override
        public List<Exhibit> topLevel(int offset, int limit) {
            return real.topLevel(offset, limit);
        }

        @Override
        public int topLevelCount() {
            return real.topLevelCount();
        }

        @Override
        public List<Exhibit> children(long parentId) {
            return real.children(parentId);
        }

        @Override
        public boolean hasChildren(long exhibitId) {
            return real.hasChildren(exhibitId);
        }

        @Override
        public Optional<Exhibit> byId(long exhibitId) {
            return real.byId(exhibitId);
        }

        @Override
        public int positionOf(long exhibitId) {
            return real.positionOf(exhibitId);
        }
    }

    @Test
    void theListIsAsLongAsTheCaseButReadsOnlyThePagesThatAreShown() throws Exception {
        CountingSource source = new CountingSource();
        PagedExhibits rows = FxTestThread.call(() -> new PagedExhibits(source, services.tasks));
        FxTestThread.run(() -> rows.reset(source.count()));

        assertThat(FxTestThread.call(rows::size)).isEqualTo(EXHIBITS);
        assertThat(FxTestThread.call(() -> rows.get(9_999))).as("not read yet").isNull();
        FxTestThread.waitUntil(() -> rows.get(9_999) != null);

        Exhibit last = FxTestThread.call(() -> rows.get(9_999));
        assertThat(last.ref()).isEqualTo("SPR-10000");
        assertThat(FxTestThread.call(() -> rows.get(9_900).ref())).isEqualTo("SPR-9901");
        assertThat(source.rowsRead.get()).isEqualTo(PagedExhibits.PAGE_SIZE);
    }

    @Test
    void scrollingThroughEveryPageKeepsOnlyAFewPagesInMemory() throws Exception {
        CountingSource source = new CountingSource();
        PagedExhibits rows = FxTestThread.call(() -> new PagedExhibits(source, services.tasks));
        FxTestThread.run(() -> rows.reset(source.count()));

        for (int index = 0; index < EXHIBITS; index += PagedExhibits.PAGE_SIZE) {
            int row = index;
            FxTestThread.run(() -> rows.get(row));
            FxTestThread.waitUntil(() -> rows.get(row) != null);
            assertThat(FxTestThread.call(() -> rows.get(row).id())).isEqualTo(row + 1L);
        }

        assertThat(FxTestThread.call(rows::pagesHeld)).isEqualTo(PagedExhibits.MAX_PAGES);
        assertThat(source.rowsRead.get()).as("each page read once").isEqualTo(EXHIBITS);
        FxTestThread.run(() -> rows.get(0));
        FxTestThread.waitUntil(() -> rows.get(0) != null);
        assertThat(source.rowsRead.get()).as("the first page was dropped and read again")
                .isEqualTo(EXHIBITS + PagedExhibits.PAGE_SIZE);
    }

    @Test
    void revealingAnExhibitAsksTheTableForItsRowAndAuditsTheView() throws Exception {
        EvidenceViewModel model = FxTestThread.call(() -> new EvidenceViewModel(
                new CaseExhibitSource(caseFile.exhibits(), caseFile.db()), new ExhibitDetailReader(caseFile),
                new PhotoReader(caseFile.blobs()), services.tasks,
                new ExhibitFormat(ZoneId.of("Asia/Ho_Chi_Minh"), Locale.ENGLISH)));
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> model.totalProperty().get() == EXHIBITS);

        FxTestThread.run(() -> model.reveal(7_321));
        FxTestThread.waitUntil(() -> model.rowRequestProperty().get() != null && model.detailProperty().get() != null);

        assertThat(model.rowRequestProperty().get().row()).isEqualTo(7_320);
        assertThat(model.detailProperty().get().exhibit().ref()).isEqualTo("SPR-7321");
        assertThat(caseFile.audit().newest(0, 1).get(0).action()).isEqualTo(ExhibitDetailReader.VIEWED);
        assertThat(caseFile.audit().newest(0, 1).get(0).subject()).isEqualTo("SPR-7321");
    }
}
