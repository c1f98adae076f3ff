package org.spoor.reports.bundle.disclosure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spoor.reports.bundle.model.CallLogTable;
import org.spoor.reports.bundle.model.CallRow;
import org.spoor.reports.bundle.model.DocumentText;
import org.spoor.reports.bundle.model.ExhibitContent;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.ImageContent;
import org.spoor.reports.bundle.model.MessageLine;
import org.spoor.reports.bundle.model.MessageThread;

/**
 * Removes redacted passages from an exhibit's text before anything is laid out, so the passage
 * never exists in the PDF (not hidden under a black box: absent). Each removal leaves a visible
 * marker so the reader knows something was taken out.
 */
final class Redactor {

    static final String MARKER = "[redacted]";

    private final List<String> passages;
    private int removed;

    Redactor(List<String> passages) {
        // Longest first, so a passage that contains another is removed whole.
        this.passages = passages.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    int removed() {
        return removed;
    }

    ExhibitEntry apply(ExhibitEntry exhibit) {
        return exhibit.withText(clean(exhibit.description()), clean(exhibit.content()));
    }

    private ExhibitContent clean(ExhibitContent content) {
        if (content instanceof DocumentText document) {
            return new DocumentText(clean(document.text()));
        }
        if (content instanceof MessageThread thread) {
            List<MessageLine> lines = thread.lines().stream()
                    .map(l -> new MessageLine(l.localTime(), clean(l.sender()), clean(l.text()), clean(l.source())))
                    .toList();
            return new MessageThread(clean(thread.title()), lines);
        }
        if (content instanceof CallLogTable calls) {
            return new CallLogTable(calls.calls().stream()
                    .map(c -> new CallRow(c.localTime(), c.direction(), clean(c.number()), clean(c.name()),
                            c.duration(), clean(c.source())))
                    .toList());
        }
        if (content instanceof ImageContent image) {
            Map<String, String> exif = new LinkedHashMap<>();
            image.exif().forEach((k, v) -> exif.put(k, clean(v)));
            return new ImageContent(image.bytes(), exif);
        }
        return content;
    }

    private String clean(String text) {
        String result = text;
        for (String passage : passages) {
            int at = result.indexOf(passage);
            while (at >= 0) {
                removed++;
                result = result.substring(0, at) + MARKER + result.substring(at + passage.length());
                at = result.indexOf(passage, at + MARKER.length());
            }
        }
        return result;
    }
}
