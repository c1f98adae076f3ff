package org.spoor.app.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.common.Tasks;

/**
 * The timeline place: every dated event of the case, a visible range that zooms around a point and
 * pans, and the events inside that range as a list. Starts fitted to all events.
 */
public final class TimelineViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Duration SHORTEST = Duration.ofMinutes(2);

    private final TimelineSource source;
    private final Tasks tasks;
    private final ZoneId zone;
    private final Messages messages;
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<TimelineRow> visibleRows = FXCollections.observableArrayList();
    private final ObjectProperty<TimeAxis> axis = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private Instant from = Instant.EPOCH;
    private Instant to = Instant.EPOCH.plus(Duration.ofDays(1));

    public TimelineViewModel(TimelineSource source, Tasks tasks, ZoneId zone, Messages messages) {
        this.source = source;
        this.tasks = tasks;
        this.zone = zone;
        this.messages = messages;
        setRange(from, to);
    }

    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        tasks.background(source::read).onSuccess(read -> {
            events.setAll(read);
            fit();
        }).andFinally(() -> loading.set(false)).start();
    }

    /** Shows every event, with a little room on both sides. */
    public void fit() {
        if (events.isEmpty()) {
            setRange(Instant.EPOCH, Instant.EPOCH.plus(Duration.ofDays(1)));
            return;
        }
        Instant first = events.get(0).at();
        Instant last = events.get(events.size() - 1).at();
        Duration margin = Duration.between(first, last).dividedBy(20);
        if (margin.compareTo(Duration.ofMinutes(30)) < 0) {
            margin = Duration.ofMinutes(30);
        }
        setRange(first.minus(margin), last.plus(margin));
    }

    /**
     * Multiplies the visible span by {@code factor} (below 1 zooms in), keeping the instant at
     * {@code anchor} (0 = left edge, 1 = right edge) where it is on screen.
     */
    public void zoom(double factor, double anchor) {
        long span = Duration.between(from, to).toMillis();
        long newSpan = Math.max(SHORTEST.toMillis(), Math.round(span * factor));
        Instant pinned = from.plusMillis(Math.round(span * anchor));
        Instant newFrom = pinned.minusMillis(Math.round(newSpan * anchor));
        setRange(newFrom, newFrom.plusMillis(newSpan));
    }

    public void zoomIn() {
        zoom(0.5, 0.5);
    }

    public void zoomOut() {
        zoom(2, 0.5);
    }

    /** Moves the range by a share of its span (negative: back in time). */
    public void pan(double share) {
        long shift = Math.round(Duration.between(from, to).toMillis() * share);
        setRange(from.plusMillis(shift), to.plusMillis(shift));
    }

    private void setRange(Instant newFrom, Instant newTo) {
        from = newFrom;
        to = newTo;
        axis.set(new TimeAxis(from, to, zone));
        visibleRows.setAll(visible().stream().map(this::row).collect(Collectors.toList()));
    }

    /** The events inside the visible range, in time order. */
    public List<TimelineEvent> visible() {
        return events.stream().filter(e -> !e.at().isBefore(from) && !e.at().isAfter(to))
                .collect(Collectors.toList());
    }

    private TimelineRow row(TimelineEvent event) {
        return new TimelineRow(TIME.format(event.at().atZone(zone)), laneName(event.lane()), event.label(),
                event.citation());
    }

    public String laneName(TimelineEvent.Lane lane) {
        switch (lane) {
            case SEIZURE:
                return messages.text("timeline.lane.seizure");
            case PHOTO:
                return messages.text("timeline.lane.photo");
            case MESSAGE:
                return messages.text("timeline.lane.message");
            case CALL:
            default:
                return messages.text("timeline.lane.call");
        }
    }

    public Instant from() {
        return from;
    }

    public Instant to() {
        return to;
    }

    public ZoneId zone() {
        return zone;
    }

    public ObservableList<TimelineEvent> events() {
        return events;
    }

    public ObservableList<TimelineRow> visibleRows() {
        return visibleRows;
    }

    public ReadOnlyObjectProperty<TimeAxis> axisProperty() {
        return axis;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
