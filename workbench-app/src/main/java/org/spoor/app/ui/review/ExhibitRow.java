package org.spoor.app.ui.review;

import org.spoor.reports.pack.PackExhibit;

/** One line of the reviewer's exhibit list: the exhibit, and the words around a search hit (or empty). */
public record ExhibitRow(PackExhibit exhibit, String snippet) {
}
