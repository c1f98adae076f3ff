package org.spoor.app.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spoor.app.ui.FxTestThread;
import org.spoor.app.ui.TestServices;
import org.spoor.audit.AuditEntry;

class AuditLogViewModelTest {

    private final Log log = new Log();
    private TestServices services;
    private AuditLogViewModel model;

    /** An audit log in memory, newest-first paging like the case's. */
    private static final class Log implements AuditSource {
        private final List<AuditEntry> entries = Collections.synchronizedList(new ArrayList<>());

        void append(int count) {
            for (int i = 0; i < count; i++) {
                long seq = entries.size() + 1;
                entries.add(new AuditEntry(seq, Instant.parse("2026-01-01T00:00:00Z").plusSeconds(seq), "an",
                        "exhibit.registered", "E-" + seq, "{}", "", ""));
            }
        }

        @Override
        public int count() {
            return entries.size();
        }

        @Override
        public List<AuditEntry> newest(int offset, int limit) {
            synchronized (entries) {
                List<AuditEntry> newestFirst = new ArrayList<>(entries);
                Collections.reverse(newestFirst);
                return List.copyOf(newestFirst.subList(Math.min(offset, newestFirst.size()),
                        Math.min(offset + limit, newestFirst.size())));
            }
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestThread.start();
    }

    @BeforeEach
    void model() {
        services = new TestServices(Locale.ENGLISH);
        model = new AuditLogViewModel(log, services.tasks, new AuditRowFormat(ZoneOffset.UTC));
        log.append(450);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    private void refreshed() throws Exception {
        FxTestThread.run(model::refresh);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && !model.rows().isEmpty());
    }

    private void loadedMore() throws Exception {
        int before = FxTestThread.call(() -> model.rows().size());
        FxTestThread.run(model::loadMore);
        FxTestThread.waitUntil(() -> !model.loadingProperty().get() && model.rows().size() > before);
    }

    private List<Long> seqs() {
        return FxTestThread.call(() -> model.rows().stream().map(AuditRow::seq).collect(Collectors.toList()));
    }

    @Test
    void theFirstPageIsTheNewestEntriesNewestFirst() throws Exception {
        refreshed();

        List<Long> seqs = seqs();
        assertThat(seqs).hasSize(AuditLogViewModel.PAGE_SIZE);
        assertThat(seqs.get(0)).isEqualTo(450L);
        assertThat(seqs.get(seqs.size() - 1)).isEqualTo(251L);
        assertThat(FxTestThread.call(() -> model.totalProperty().get())).isEqualTo(450);
        assertThat(FxTestThread.call(() -> model.moreAvailableProperty().get())).isTrue();
    }

    @Test
    void olderPagesAreAddedUntilEveryEntryIsShown() throws Exception {
        refreshed();
        loadedMore();
        loadedMore();

        List<Long> seqs = seqs();
        assertThat(seqs).hasSize(450).isSortedAccordingTo(Collections.reverseOrder());
        assertThat(FxTestThread.call(() -> model.moreAvailableProperty().get())).isFalse();
    }

    @Test
    void entriesAppendedWhilePagingAppearNeitherTwiceNorLeaveAGap() throws Exception {
        refreshed();
        log.append(30);
        loadedMore();

        List<Long> seqs = seqs();
        assertThat(seqs).doesNotHaveDuplicates();
        for (int i = 1; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(seqs.get(i - 1) - 1);
        }

        refreshed();
        assertThat(seqs().get(0)).isEqualTo(480L);
    }
}
