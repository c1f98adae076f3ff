package org.spoor.app.ui.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;
import org.spoor.search.SearchHit;
import org.spoor.search.SearchQuery;
import org.spoor.search.SearchResults;
import org.spoor.search.saved.SavedSearch;

/**
 * The search view: the query and its filters (kind, dates, custodian, language), the hits with their
 * marked snippets, and opening a hit in the evidence view. Every search is audited ({@link SearchService}).
 */
public final class SearchViewModel {

    /** Kinds of item as the index names them; empty means every kind. */
    public static final List<String> KINDS = List.of("", "document", "email", "image", "media", "message", "call");
    /** The case languages of the project; empty means every language. */
    public static final List<String> LANGUAGES = List.of("", "vi", "id", "es", "lo", "km", "th", "mn", "en");
    public static final int LIMIT = 200;

    private final SearchService service;
    private final Tasks tasks;
    private final Messages messages;
    private final ZoneId zone;
    private final ExhibitOpener opener;

    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty kind = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringProperty custodian = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final ObservableList<SearchResultRow> results = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty searching = new SimpleBooleanProperty(false);

    public SearchViewModel(SearchService service, Tasks tasks, Messages messages, ZoneId zone,
                           ExhibitOpener opener) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.zone = zone;
        this.opener = opener;
    }

    /** Runs the query with the filters set now; a search already running is let finish first. */
    public void search() {
        if (searching.get()) {
            return;
        }
        SearchQuery q = query();
        searching.set(true);
        String running = messages.text("search.running");
        summary.set(running);
        // A failure reaches the error dialog (the default); the summary then says the search did not run.
        tasks.background(() -> service.search(q))
                .onSuccess(this::show)
                .andFinally(() -> {
                    searching.set(false);
                    if (running.equals(summary.get())) {
                        summary.set(messages.text("search.failed"));
                    }
                })
                .start();
    }

    /** The query as the index takes it: dates are whole days in the case's zone, "to" included. */
    public SearchQuery query() {
        String text = query.get() == null ? "" : query.get().trim();
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new SearchQuery(text, LIMIT, blank(kind.get()) ? Set.of() : Set.of(kind.get()), start, end,
                blank(custodian.get()) ? null : custodian.get().trim(), blank(language.get()) ? null : language.get());
    }

    private void show(SearchResults found) {
        results.setAll(found.hits().stream().map(this::row).collect(Collectors.toList()));
        summary.set(messages.format("search.summary", found.totalHits(), found.hits().size()));
    }

    private SearchResultRow row(SearchHit hit) {
        // A message found inside a phone database names its place there (sms:_id=42).
        String about = Stream.of(blank(hit.kind()) ? null : kindName(hit.kind()), hit.extra().get(SearchHit.LOCATOR),
                        blank(hit.language()) ? null : languageName(hit.language()), hit.custodian(),
                        hit.itemTime() == null ? null : hit.itemTime().atZone(zone).toLocalDate().toString())
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining("  ·  "));
        return new SearchResultRow(hit.exhibitId(), hit.extra().getOrDefault("ref", "—"), hit.fileName(), about,
                SnippetRuns.of(hit.snippet()));
    }

    /** Puts a saved search's text and filters in the fields and runs it. */
    public void apply(SavedSearch saved) {
        if (saved == null) {
            return;
        }
        SearchQuery q = saved.query();
        query.set(q.text() == null ? "" : q.text());
        kind.set(q.kinds().isEmpty() ? "" : q.kinds().iterator().next());
        from.set(q.from() == null ? null : q.from().atZone(zone).toLocalDate());
        // "to" is stored as the start of the day after the last one included (see query()).
        to.set(q.to() == null ? null : q.to().atZone(zone).toLocalDate().minusDays(1));
        custodian.set(q.custodian() == null ? "" : q.custodian());
        language.set(q.language() == null ? "" : q.language());
        search();
    }

    /** Shows the hit's exhibit in the evidence view. */
    public void open(SearchResultRow row) {
        if (row != null) {
            opener.open(row.exhibitId());
        }
    }

    /** The filter's label for a kind ("" is "Any kind"). */
    public String kindName(String value) {
        return switch (value == null ? "" : value) {
            case "" -> messages.text("search.kind.any");
            case "document" -> messages.text("search.kind.document");
            case "email" -> messages.text("search.kind.email");
            case "image" -> messages.text("search.kind.image");
            case "media" -> messages.text("search.kind.media");
            case "message" -> messages.text("search.kind.message");
            case "call" -> messages.text("search.kind.call");
            default -> value;
        };
    }

    /** A language's name in the window's language ("" is "Any language"). */
    public String languageName(String code) {
        if (blank(code)) {
            return messages.text("search.language.any");
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(messages.locale());
        return name.isBlank() ? code : name;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public StringProperty custodianProperty() {
        return custodian;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public ObservableList<SearchResultRow> results() {
        return results;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching;
    }
}
