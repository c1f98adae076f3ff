package org.spoor.app.ui.audit;

import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Tasks;
import org.spoor.audit.AuditEntry;

/**
 * The audit log, newest first, read page by page in the background so a case with a million entries
 * opens as fast as one with ten. Entries appended while paging push older ones down; rows already shown
 * are skipped by sequence number, so nothing appears twice.
 */
public final class AuditLogViewModel {

    public static final int PAGE_SIZE = 200;

    private final AuditSource source;
    private final Tasks tasks;
    private final AuditRowFormat format;
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty(0);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final BooleanBinding moreAvailable;

    public AuditLogViewModel(AuditSource source, Tasks tasks, AuditRowFormat format) {
        this.source = source;
        this.tasks = tasks;
        this.format = format;
        this.moreAvailable = Bindings.size(rows).lessThan(total);
    }

    private record Page(int total, List<AuditRow> rows) {
    }

    /** Reads the newest page again (and the count), replacing what is shown. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.background(() -> read(0))
                .onSuccess(page -> {
                    rows.setAll(page.rows());
                    total.set(page.total());
                })
                .andFinally(() -> loading.set(false))
                .start();
    }

    /** Appends the next older page, if there is one and nothing is loading. */
    public void loadMore() {
        if (loading.get() || !moreAvailable.get()) {
            return;
        }
        loading.set(true);
        int offset = rows.size();
        long oldestShown = rows.isEmpty() ? Long.MAX_VALUE : rows.get(rows.size() - 1).seq();
        tasks.background(() -> read(offset))
                .onSuccess(page -> {
                    rows.addAll(page.rows().stream().filter(row -> row.seq() < oldestShown)
                            .collect(Collectors.toList()));
                    total.set(page.total());
                })
                .andFinally(() -> loading.set(false))
                .start();
    }

    private Page read(int offset) {
        int count = source.count();
        List<AuditEntry> entries = source.newest(offset, PAGE_SIZE);
        return new Page(count, entries.stream().map(format::row).collect(Collectors.toList()));
    }

    public String fullText(AuditRow row) {
        return format.fullText(row.entry());
    }

    /** The zone times are shown in, as an offset people read at a glance ("UTC+07:00"). */
    public String zone() {
        return format.zoneLabel();
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanBinding moreAvailableProperty() {
        return moreAvailable;
    }
}
