package org.spoor.app.ui.timeline;

/** An event of the visible range as the table lists it. */
public record TimelineRow(String time, String lane, String label, String citation) {
}
