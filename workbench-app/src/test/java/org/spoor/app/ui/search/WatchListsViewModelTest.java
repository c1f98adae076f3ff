package org.spoor.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestCases;
import org.spoor.app.ui.TestServices;
import org.spoor.casefile.CaseFile;
import org.spoor.casefile.blob.StoredBlob;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.NewExhibit;
import org.spoor.exhibit.SeizureFacts;
import org.spoor.search.snippet.HitSpan;
import org.spoor.search.snippet.Snippet;
import org.spoor.search.watch.WatchHit;
import org.spoor.search.watch.WatchHitRepository;
import org.spoor.search.watch.WatchList;

/** Watch-lists in the search view, without a window: saving, their hits, opening one, deleting (audited). */
class WatchListsViewModelTest {

    @TempDir
    Path root;

    private CaseFile caseFile;
    private TestServices services;
    private final List<Long> opened = new ArrayList<>();

    @BeforeAll
    static void fxThread() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void openCase() throws Exception {
        Path folder = TestCases.createClosed(root.resolve("watch.spoor"), "Watch");
        caseFile = CaseFile.open(folder, TestCases.PASSWORD.toCharArray(), TestCases.fastOptions("tester"));
        services = new TestServices(Locale.ENGLISH);
    }

    @AfterEach
    void close() throws Exception {
        services.close();
        caseFile.close();
    }

    private Exhibit ledger() throws Exception {
        byte[] bytes = "Gọi 0912345678 để giao vảy tê tê".getBytes(StandardCharsets.UTF_8);
        StoredBlob blob = caseFile.blobs().store(new ByteArrayInputStream(bytes));
        return caseFile.registry().register("tester", new NewExhibit(null, "import", "so-ghi-chep.txt",
                "/seized/so-ghi-chep.txt", bytes.length, blob.sha256(), blob.md5(), blob.blobId(), "text/plain",
                SeizureFacts.unknown(), null), "/seized/so-ghi-chep.txt");
    }

    @Test
    void aListIsSavedWithItsEntriesOnceEachAndShowsWhereTheyTurnedUp() throws Exception {
        WatchListsViewModel model = FxTestThread.call(() -> new WatchListsViewModel(caseFile, services.tasks,
                services.language.messages(), opened::add));
        FxTestThread.run(() -> {
            model.nameProperty().set(" Vinh network ");
            model.entriesProperty().set("0912345678\n\n  vảy tê tê \n0912345678");
            model.save();
        });
        FxTestThread.waitUntil(() -> model.all().size() == 1 && model.selectedProperty().get() != null);

        WatchList list = FxTestThread.call(() -> model.all().get(0));
        assertThat(list.name()).isEqualTo("Vinh network");
        assertThat(list.entries()).containsExactly("0912345678", "vảy tê tê");
        assertThat(caseFile.audit().newest(0, 1).get(0).action()).isEqualTo(WatchListsViewModel.SAVED);

        Exhibit ledger = ledger();
        new WatchHitRepository(caseFile.db(), caseFile.clock()).record(List.of(new WatchHit(list.id(), list.name(),
                "0912345678", ledger.id(), ledger.originalName(),
                new Snippet("Gọi 0912345678 để giao", List.of(new HitSpan(4, 14))))));
        FxTestThread.run(() -> model.selectedProperty().set(null));
        FxTestThread.run(() -> model.selectedProperty().set(list));
        FxTestThread.waitUntil(() -> !model.hits().isEmpty());

        SearchResultRow hit = FxTestThread.call(() -> model.hits().get(0));
        assertThat(hit.ref()).isEqualTo(ledger.ref());
        assertThat(hit.about()).isEqualTo("List Vinh network  ·  entry 0912345678");
        assertThat(hit.snippet()).filteredOn(SnippetRuns.Run::hit).extracting(SnippetRuns.Run::text)
                .containsExactly("0912345678");
        FxTestThread.run(() -> model.open(hit));
        assertThat(opened).containsExactly(ledger.id());
    }

    @Test
    void aDeletedListIsGoneAndItsDeletionAudited() throws Exception {
        WatchListsViewModel model = FxTestThread.call(() -> new WatchListsViewModel(caseFile, services.tasks,
                services.language.messages(), opened::add));
        FxTestThread.run(() -> {
            model.nameProperty().set("Species");
            model.entriesProperty().set("pangolin\ntê tê");
            model.save();
        });
        FxTestThread.waitUntil(() -> model.selectedProperty().get() != null);

        FxTestThread.run(model::delete);
        FxTestThread.waitUntil(() -> model.all().isEmpty());

        assertThat(caseFile.audit().newest(0, 1).get(0).action()).isEqualTo(WatchListsViewModel.DELETED);
        assertThat(caseFile.audit().newest(0, 1).get(0).subject()).isEqualTo("Species");
    }
}
