package org.spoor.app.ui.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.Exhibit;
import org.spoor.search.watch.WatchHit;
import org.spoor.search.watch.WatchHitRepository;
import org.spoor.search.watch.WatchList;
import org.spoor.search.watch.WatchListRepository;

/**
 * Watch-lists: named lists of terms, numbers or names that every import from then on is checked against, and
 * the exhibits where they turned up. Saving and deleting a list are audited ({@value #SAVED}, {@value #DELETED}).
 */
public final class WatchListsViewModel {

    public static final String SAVED = "watchlist.saved";
    public static final String DELETED = "watchlist.deleted";

    private final CaseFile caseFile;
    private final WatchListRepository lists;
    private final WatchHitRepository hits;
    private final Tasks tasks;
    private final Messages messages;
    private final ExhibitOpener opener;
    private final ObservableList<WatchList> all = FXCollections.observableArrayList();
    private final ObservableList<SearchResultRow> hitRows = FXCollections.observableArrayList();
    private final ObjectProperty<WatchList> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty entries = new SimpleStringProperty("");

    public WatchListsViewModel(CaseFile caseFile, Tasks tasks, Messages messages, ExhibitOpener opener) {
        this.caseFile = caseFile;
        this.lists = new WatchListRepository(caseFile.db(), caseFile.clock());
        this.hits = new WatchHitRepository(caseFile.db(), caseFile.clock());
        this.tasks = tasks;
        this.messages = messages;
        this.opener = opener;
        selected.addListener((o, was, now) -> show(now));
    }

    public void reload() {
        tasks.background(lists::findAll).onSuccess(all::setAll).start();
    }

    /** Saves the list in the fields (one entry a line; blank lines dropped), replacing a list of that name. */
    public void save() {
        String listName = name.get() == null ? "" : name.get().trim();
        List<String> lines = Arrays.stream((entries.get() == null ? "" : entries.get()).split("\\R"))
                .map(String::trim).filter(line -> !line.isEmpty()).distinct().collect(Collectors.toList());
        if (listName.isEmpty() || lines.isEmpty()) {
            return;
        }
        tasks.background(() -> {
            WatchList saved = lists.save(listName, lines);
            audit(SAVED, saved);
            return lists.findAll();
        }).onSuccess(found -> {
            all.setAll(found);
            found.stream().filter(list -> list.name().equals(listName)).findFirst().ifPresent(selected::set);
        }).start();
    }

    public void delete() {
        WatchList list = selected.get();
        if (list == null) {
            return;
        }
        tasks.background(() -> {
            lists.delete(list.id());
            audit(DELETED, list);
            return lists.findAll();
        }).onSuccess(found -> {
            selected.set(null);
            all.setAll(found);
        }).start();
    }

    private void show(WatchList list) {
        hitRows.clear();
        if (list == null) {
            return;
        }
        name.set(list.name());
        entries.set(String.join("\n", list.entries()));
        tasks.background(() -> hits.hitsOf(list.id())).onSuccess(found -> {
            if (list.equals(selected.get())) {
                hitRows.setAll(found.stream().map(this::row).collect(Collectors.toList()));
            }
        }).start();
    }

    private SearchResultRow row(WatchHit hit) {
        return new SearchResultRow(hit.exhibitId(), Exhibit.refFor(hit.exhibitId()), hit.fileName(),
                messages.format("watch.hit.about", hit.watchListName(), hit.entry()), SnippetRuns.of(hit.context()));
    }

    public void open(SearchResultRow row) {
        if (row != null) {
            opener.open(row.exhibitId());
        }
    }

    private void audit(String action, WatchList list) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entries", list.entries());
        caseFile.audit().record(caseFile.actor(), action, list.name(), details);
    }

    public ObservableList<WatchList> all() {
        return all;
    }

    public ObservableList<SearchResultRow> hits() {
        return hitRows;
    }

    public ObjectProperty<WatchList> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty entriesProperty() {
        return entries;
    }
}
