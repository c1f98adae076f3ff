package org.spoor.app.ui.timeline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The time axis of a visible range: where an instant falls on a width, and tick marks at a round step
 * (minutes to years) chosen so that about {@code maxTicks} fit, labelled in the investigator's zone.
 */
public final class TimeAxis {

    private static final Duration[] STEPS = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6), Duration.ofHours(12), Duration.ofDays(1),
        Duration.ofDays(2), Duration.ofDays(7), Duration.ofDays(14), Duration.ofDays(30), Duration.ofDays(91),
        Duration.ofDays(182), Duration.ofDays(365), Duration.ofDays(365 * 2), Duration.ofDays(365 * 5),
    };

    private final Instant from;
    private final Instant to;
    private final ZoneId zone;

    public TimeAxis(Instant from, Instant to, ZoneId zone) {
        this.from = from;
        this.to = to;
        this.zone = zone;
    }

    /** Where {@code at} falls between 0 (the start of the range) and {@code width}. */
    public double x(Instant at, double width) {
        double span = Math.max(1, Duration.between(from, to).toMillis());
        return Duration.between(from, at).toMillis() / span * width;
    }

    /** The instant at a position on the width (for zooming around the mouse). */
    public Instant at(double x, double width) {
        long span = Duration.between(from, to).toMillis();
        return from.plusMillis(Math.round(span * (x / Math.max(1, width))));
    }

    public Duration step(int maxTicks) {
        Duration span = Duration.between(from, to);
        for (Duration step : STEPS) {
            if (span.dividedBy(step) <= maxTicks) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** Tick instants in the range, on whole steps of local time (midnights for days, hours for hours). */
    public List<Instant> ticks(int maxTicks) {
        Duration step = step(maxTicks);
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime tick = start.truncatedTo(step.compareTo(Duration.ofDays(1)) >= 0 ? ChronoUnit.DAYS
                : step.compareTo(Duration.ofHours(1)) >= 0 ? ChronoUnit.HOURS : ChronoUnit.MINUTES);
        // Steps of a month or more fall on the first of a month (of January for years), as calendars do.
        long months = step.toDays() >= 365 ? step.toDays() / 365 * 12 : step.toDays() >= 28 ? step.toDays() / 30 : 0;
        if (months > 0) {
            tick = tick.withDayOfMonth(1);
            if (months >= 12) {
                tick = tick.withDayOfYear(1);
            }
        }
        List<Instant> ticks = new ArrayList<>();
        while (!tick.toInstant().isAfter(to) && ticks.size() < maxTicks * 3) {
            if (!tick.toInstant().isBefore(from)) {
                ticks.add(tick.toInstant());
            }
            tick = months > 0 ? tick.plusMonths(months) : tick.plus(step);
        }
        return ticks;
    }

    /** The label of a tick: dates for steps of a day or more, times of day below that. */
    public String label(Instant tick, int maxTicks) {
        Duration step = step(maxTicks);
        String pattern = step.compareTo(Duration.ofDays(365)) >= 0 ? "yyyy"
                : step.compareTo(Duration.ofDays(28)) >= 0 ? "yyyy-MM"
                : step.compareTo(Duration.ofDays(1)) >= 0 ? "yyyy-MM-dd" : "MM-dd HH:mm";
        return DateTimeFormatter.ofPattern(pattern).format(tick.atZone(zone));
    }
}
