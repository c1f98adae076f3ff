package org.spoor.app.ui.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
import org.spoor.entity.Entity;
import org.spoor.entity.EntityType;

/**
 * The entities panel: the case's entities filtered by type, the chosen one's aliases and sources, and
 * the investigator's corrections (merge two, split an alias off), each recorded in the audit log by
 * the service that makes it.
 */
public final class EntitiesViewModel {

    private final EntityStore store;
    private final Tasks tasks;
    private final Messages messages;
    private final ObservableList<EntityRow> entities = FXCollections.observableArrayList();
    private final ObservableList<String> aliases = FXCollections.observableArrayList();
    private final ObservableList<SourceRow> sources = FXCollections.observableArrayList();
    private final ObjectProperty<EntityType> typeFilter = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty status = new SimpleStringProperty("");
    private long selectedId = -1;

    public EntitiesViewModel(EntityStore store, Tasks tasks, Messages messages) {
        this.store = store;
        this.tasks = tasks;
        this.messages = messages;
        typeFilter.addListener((o, was, now) -> refresh());
    }

    /** The choices of the type filter: null (every type) and then each type. */
    public static List<EntityType> typeChoices() {
        List<EntityType> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(Arrays.asList(EntityType.values()));
        return choices;
    }

    public void refresh() {
        Optional<EntityType> type = Optional.ofNullable(typeFilter.get());
        busy.set(true);
        tasks.background(() -> store.rows(type))
                .onSuccess(entities::setAll)
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** Shows the entity's aliases and sources (nothing when {@code row} is null). */
    public void select(EntityRow row) {
        if (row == null) {
            selectedId = -1;
            aliases.clear();
            sources.clear();
            return;
        }
        selectedId = row.id();
        aliases.setAll(row.aliases());
        long id = row.id();
        tasks.background(() -> store.sources(id)).onSuccess(read -> {
            if (selectedId == id) {
                sources.setAll(read);
            }
        }).start();
    }

    /** Two entities of one type can be merged; the one found more often is kept. */
    public boolean canMerge(List<EntityRow> chosen) {
        return chosen.size() == 2 && chosen.get(0).type() == chosen.get(1).type();
    }

    public void merge(List<EntityRow> chosen, String reason) {
        if (!canMerge(chosen) || busy.get()) {
            return;
        }
        List<EntityRow> ordered = chosen.stream().sorted(Comparator.comparingInt(EntityRow::sourceCount).reversed()
                .thenComparingLong(EntityRow::id)).collect(Collectors.toList());
        EntityRow kept = ordered.get(0);
        EntityRow absorbed = ordered.get(1);
        busy.set(true);
        tasks.background(() -> store.merge(kept.id(), absorbed.id(), reason))
                .onSuccess(merged -> done(messages.format("entities.merged", absorbed.display(),
                        merged.displayValue())))
                .andFinally(() -> busy.set(false))
                .start();
    }

    public void split(EntityRow entity, String alias, List<SourceRow> moving, String reason) {
        if (entity == null || alias == null || busy.get()) {
            return;
        }
        List<Long> ids = moving.stream().map(SourceRow::id).collect(Collectors.toList());
        busy.set(true);
        tasks.background(() -> store.split(entity.id(), alias, ids, reason))
                .onSuccess((Entity split) -> done(messages.format("entities.split", split.displayValue(),
                        entity.display(), ids.size())))
                .andFinally(() -> busy.set(false))
                .start();
    }

    private void done(String message) {
        status.set(message);
        select(null);
        refresh();
    }

    public ObservableList<EntityRow> entities() {
        return entities;
    }

    public ObservableList<String> aliases() {
        return aliases;
    }

    public ObservableList<SourceRow> sources() {
        return sources;
    }

    public ObjectProperty<EntityType> typeFilterProperty() {
        return typeFilter;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }
}
