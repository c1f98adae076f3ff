package org.spoor.reports.bundle.model;

import java.util.List;

/** A chat or SMS thread, laid out as a transcript. */
public record MessageThread(String title, List<MessageLine> lines) implements ExhibitContent {
    public MessageThread {
        title = title == null ? "" : title;
        lines = List.copyOf(lines);
    }
}
