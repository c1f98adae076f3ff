package org.spoor.app.ui.reports;

/** One section of the bundle as the preview lists it: its title and what it will hold. */
public record OutlineRow(String section, String contents) {
}
