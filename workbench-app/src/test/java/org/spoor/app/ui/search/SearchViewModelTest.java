package org.spoor.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.TestServices;
import org.spoor.app.ui.common.CaseSession;
import org.spoor.audit.AuditEntry;
import org.spoor.casefile.CaseFile;
import org.spoor.search.IndexedItem;
import org.spoor.search.SearchQuery;

/** The search view's logic over a real encrypted index, without a window. */
class SearchViewModelTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @TempDir
    Path root;

    private CaseSession session;
    private TestServices services;
    private final List<Long> opened = new ArrayList<>();

    @BeforeAll
    static void fxThread() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void caseWithThreeDocuments() throws Exception {
        Path folder = TestCases.createClosed(root.resolve("search.spoor"), "Search");
        CaseFile caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions("tester"));
        session = new CaseSession(caseFile, folder, caseFile.details());
        session.searchIndex().index(new IndexedItem(11, "so-ghi-chep.txt", "text/plain",
                "Ngày 14/3 nhận 12 kg vảy tê tê từ Attapeu, giao kho Vinh.", "vi",
                Instant.parse("2024-03-14T03:00:00Z"), "Trần Thị Hoa", "document", Map.of("ref", "SPR-0011")));
        session.searchIndex().index(new IndexedItem(12, "informe.txt", "text/plain",
                "Escamas de pangolín decomisadas en el puerto.", "es",
                Instant.parse("2024-05-02T03:00:00Z"), "Agente Ruiz", "document", Map.of("ref", "SPR-0012")));
        session.searchIndex().index(new IndexedItem(13, "IMG_2031.jpg", "image/jpeg", "vay te te", null,
                Instant.parse("2024-03-14T03:00:00Z"), "Trần Thị Hoa", "image", Map.of("ref", "SPR-0013")));
        services = new TestServices(Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        session.close();
    }

    private SearchViewModel model() {
        return FxTestThread.call(() -> new SearchViewModel(new SearchService(session), services.tasks,
                services.language.messages(), HANOI, opened::add));
    }

    private static void searchAndWait(SearchViewModel model) throws Exception {
        FxTestThread.run(model::search);
        FxTestThread.waitUntil(() -> !model.searchingProperty().get());
    }

    @Test
    void vietnameseWithoutDiacriticsFindsTheLedgerWithTheHitsMarked() throws Exception {
        SearchViewModel model = model();
        FxTestThread.run(() -> {
            model.queryProperty().set("vay te te");
            model.kindProperty().set("document");
        });

        searchAndWait(model);

        List<SearchResultRow> rows = FxTestThread.call(() -> List.copyOf(model.results()));
        assertThat(rows).extracting(SearchResultRow::ref).containsExactly("SPR-0011");
        SearchResultRow ledger = rows.get(0);
        assertThat(ledger.fileName()).isEqualTo("so-ghi-chep.txt");
        assertThat(ledger.about()).isEqualTo("Documents  ·  Vietnamese  ·  Trần Thị Hoa  ·  2024-03-14");
        assertThat(ledger.snippet()).filteredOn(SnippetRuns.Run::hit).extracting(SnippetRuns.Run::text)
                .containsExactly("vảy", "tê", "tê");
        assertThat(FxTestThread.call(() -> model.summaryProperty().get()))
                .isEqualTo("1 item matches; the best one is shown.");
    }

    @Test
    void aMessageFoundInsideAPhoneDatabaseNamesItsPlaceThere() throws Exception {
        session.searchIndex().indexRecord(new IndexedItem(14, "mmssms.db", null, "Hàng về rồi, 120 kg vảy tê tê", null,
                Instant.parse("2024-03-15T01:00:00Z"), "Trần Thị Hoa", "message", Map.of("ref", "SPR-0014")),
                "sms:_id=42");
        SearchViewModel model = model();
        FxTestThread.run(() -> {
            model.queryProperty().set("vay te te");
            model.kindProperty().set("message");
        });

        searchAndWait(model);

        assertThat(FxTestThread.call(() -> List.copyOf(model.results()))).singleElement().satisfies(row -> {
            assertThat(row.ref()).isEqualTo("SPR-0014");
            assertThat(row.about()).isEqualTo("Messages  ·  sms:_id=42  ·  Trần Thị Hoa  ·  2024-03-15");
        });
    }

    @Test
    void everySearchIsAuditedWithItsFilters() throws Exception {
        SearchViewModel model = model();
        FxTestThread.run(() -> {
            model.queryProperty().set("pangolín");
            model.languageProperty().set("es");
            model.custodianProperty().set("agente ruiz");
        });

        searchAndWait(model);

        assertThat(FxTestThread.call(() -> model.results().size())).isEqualTo(1);
        AuditEntry last = session.caseFile().audit().newest(0, 1).get(0);
        assertThat(last.action()).isEqualTo(SearchService.SEARCHED);
        assertThat(last.details()).contains("pangolín", "\"language\":\"es\"", "agente ruiz", "\"hits\":1");
    }

    @Test
    void datesAreWholeDaysInTheCaseZoneWithTheLastDayIncluded() throws Exception {
        SearchViewModel model = model();
        FxTestThread.run(() -> {
            model.fromProperty().set(LocalDate.of(2024, 5, 2));
            model.toProperty().set(LocalDate.of(2024, 5, 2));
        });
        SearchQuery query = FxTestThread.call(model::query);
        assertThat(query.from()).isEqualTo(Instant.parse("2024-05-01T17:00:00Z"));
        assertThat(query.to()).isEqualTo(Instant.parse("2024-05-02T17:00:00Z"));

        searchAndWait(model);

        assertThat(FxTestThread.call(() -> List.copyOf(model.results()))).extracting(SearchResultRow::ref)
                .containsExactly("SPR-0012");
    }

    @Test
    void openingAHitAsksForItsExhibit() throws Exception {
        SearchViewModel model = model();
        FxTestThread.run(() -> model.queryProperty().set("Attapeu"));
        searchAndWait(model);

        FxTestThread.run(() -> model.open(model.results().get(0)));

        assertThat(opened).containsExactly(11L);
    }

    @Test
    void aSavedSearchKeepsItsFiltersAndRunsAgainWithOneChoice() throws Exception {
        SearchViewModel model = model();
        SavedSearches saved = FxTestThread.call(() -> new SavedSearches(session.caseFile(), services.tasks));
        FxTestThread.run(() -> {
            model.queryProperty().set("tê tê");
            model.languageProperty().set("vi");
            model.fromProperty().set(LocalDate.of(2024, 3, 14));
            model.toProperty().set(LocalDate.of(2024, 3, 14));
            saved.save("  Vinh ledger  ", model.query());
        });
        FxTestThread.waitUntil(() -> saved.all().size() == 1);
        assertThat(session.caseFile().audit().newest(0, 1).get(0).action()).isEqualTo(SavedSearches.SAVED);
        assertThat(session.caseFile().audit().newest(0, 1).get(0).subject()).isEqualTo("Vinh ledger");

        SearchViewModel fresh = model();
        FxTestThread.run(() -> fresh.apply(saved.all().get(0)));
        FxTestThread.waitUntil(() -> !fresh.searchingProperty().get() && !fresh.results().isEmpty());

        assertThat(FxTestThread.call(() -> fresh.queryProperty().get())).isEqualTo("tê tê");
        assertThat(FxTestThread.call(() -> fresh.toProperty().get())).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(FxTestThread.call(() -> List.copyOf(fresh.results()))).extracting(SearchResultRow::ref)
                .containsExactly("SPR-0011");
    }
}
