package org.spoor.app.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.spoor.reports.bundle.model.CallLogTable;
import org.spoor.reports.bundle.model.CallRow;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.ImageContent;
import org.spoor.reports.bundle.model.MessageLine;
import org.spoor.reports.bundle.model.MessageThread;
import org.spoor.reports.bundle.model.TimelineRow;

/**
 * The case's timeline from the disclosed exhibits: seizures, photographs taken, messages and calls.
 * A phone contributes at most {@link #PER_EXHIBIT} rows (its first ones in time); its full
 * transcript is in the exhibits section.
 */
final class TimelineRows {

    static final int PER_EXHIBIT = 300;
    private static final int EXCERPT = 90;

    private final List<TimelineRow> rows = new ArrayList<>();
    private int leftOut;

    void add(ExhibitEntry exhibit, java.time.OffsetDateTime photoTaken) {
        List<String> refs = List.of(exhibit.ref());
        if (exhibit.seizureTime() != null) {
            rows.add(new TimelineRow(exhibit.seizureTime(), "Seized" + (exhibit.seizurePlace().isBlank() ? ""
                    : " at " + exhibit.seizurePlace()) + (exhibit.seal().isBlank() ? "" : ", seal " + exhibit.seal())
                    + ": " + exhibit.description(), refs));
        }
        if (photoTaken != null && exhibit.content() instanceof ImageContent) {
            rows.add(new TimelineRow(photoTaken, "Photograph taken: " + exhibit.description(), refs));
        }
        if (exhibit.content() instanceof MessageThread thread) {
            List<MessageLine> lines = thread.lines().stream().sorted(Comparator.comparing(MessageLine::localTime))
                    .toList();
            lines.stream().limit(PER_EXHIBIT).forEach(line -> rows.add(new TimelineRow(line.localTime(),
                    (line.text().startsWith("[call]") ? "Call " : "Message from ") + orUnknown(line.sender()) + ": "
                            + excerpt(line.text()), refs)));
            leftOut += Math.max(0, lines.size() - PER_EXHIBIT);
        }
        if (exhibit.content() instanceof CallLogTable calls) {
            List<CallRow> sorted = calls.calls().stream().sorted(Comparator.comparing(CallRow::localTime)).toList();
            sorted.stream().limit(PER_EXHIBIT).forEach(call -> rows.add(new TimelineRow(call.localTime(),
                    "Call (" + call.direction() + ") " + (call.name().isBlank() ? call.number()
                            : call.name() + " " + call.number()), refs)));
            leftOut += Math.max(0, sorted.size() - PER_EXHIBIT);
        }
    }

    List<TimelineRow> rows() {
        return rows.stream().sorted(Comparator.comparing(TimelineRow::time)).toList();
    }

    /** Messages and calls not put on the timeline because of the per-phone limit. */
    int leftOut() {
        return leftOut;
    }

    private static String orUnknown(String sender) {
        return sender == null || sender.isBlank() ? "unknown sender" : sender;
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= EXCERPT ? oneLine : oneLine.substring(0, EXCERPT) + "…";
    }
}
