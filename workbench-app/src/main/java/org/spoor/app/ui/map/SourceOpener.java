package org.spoor.app.ui.map;

/** Shows an exhibit in the evidence view (the composition root supplies it when that view exists). */
@FunctionalInterface
public interface SourceOpener {

    void open(long exhibitId);
}
