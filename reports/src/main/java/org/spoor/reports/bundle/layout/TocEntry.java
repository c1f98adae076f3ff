package org.spoor.reports.bundle.layout;

/** One line of the table of contents: level 0 is a section, level 1 an exhibit in it. */
public record TocEntry(String title, int level, int page) {
}
