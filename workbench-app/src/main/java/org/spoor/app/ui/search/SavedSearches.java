package org.spoor.app.ui.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Tasks;
import org.spoor.casefile.CaseFile;
import org.spoor.search.SearchQuery;
import org.spoor.search.saved.SavedSearch;
import org.spoor.search.saved.SavedSearchRepository;

/**
 * The case's saved searches: named queries with their filters, run again with one click (every day of an
 * operation, after every import). Saving and deleting one are audited ({@value #SAVED}, {@value #DELETED}).
 */
public final class SavedSearches {

    public static final String SAVED = "search.saved";
    public static final String DELETED = "search.deleted";

    private final CaseFile caseFile;
    private final SavedSearchRepository repository;
    private final Tasks tasks;
    private final ObservableList<SavedSearch> all = FXCollections.observableArrayList();

    public SavedSearches(CaseFile caseFile, Tasks tasks) {
        this.caseFile = caseFile;
        this.repository = new SavedSearchRepository(caseFile.db(), caseFile.clock());
        this.tasks = tasks;
    }

    /** Reads the saved searches (in the background). */
    public void reload() {
        tasks.background(repository::findAll).onSuccess(all::setAll).start();
    }

    /** Saves {@code query} under {@code name}, replacing a search of that name. */
    public void save(String name, SearchQuery query) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            return;
        }
        tasks.background(() -> {
            SavedSearch saved = repository.save(trimmed, query);
            audit(SAVED, saved);
            return repository.findAll();
        }).onSuccess(all::setAll).start();
    }

    public void delete(SavedSearch search) {
        tasks.background(() -> {
            repository.delete(search.id());
            audit(DELETED, search);
            return repository.findAll();
        }).onSuccess(all::setAll).start();
    }

    private void audit(String action, SavedSearch search) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", search.query().text());
        details.put("kinds", List.copyOf(search.query().kinds()));
        details.put("from", search.query().from() == null ? null : search.query().from().toString());
        details.put("to", search.query().to() == null ? null : search.query().to().toString());
        details.put("custodian", search.query().custodian());
        details.put("language", search.query().language());
        caseFile.audit().record(caseFile.actor(), action, search.name(), details);
    }

    public ObservableList<SavedSearch> all() {
        return all;
    }
}
