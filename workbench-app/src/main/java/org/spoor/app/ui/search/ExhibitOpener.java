package org.spoor.app.ui.search;

/** Opens an exhibit in the evidence view (the composition root wires it to the evidence place). */
@FunctionalInterface
public interface ExhibitOpener {

    void open(long exhibitId);
}
