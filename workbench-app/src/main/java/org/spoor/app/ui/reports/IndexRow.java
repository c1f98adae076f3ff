package org.spoor.app.ui.reports;

/** One row of the previewed exhibit index. */
public record IndexRow(String ref, String description, String seized, String sha256) {
}
