package org.spoor.app.ui.main;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.spoor.app.ui.common.CaseSession;
import org.spoor.app.ui.common.Tasks;
import org.spoor.casefile.CaseDetails;
import org.spoor.casefile.CaseFile;

/** The main window of an open case: which place is shown, and the counts in the status bar. */
public final class MainViewModel {

    /** Shown while a count is still being read. */
    public static final int UNKNOWN = -1;

    private final CaseSession session;
    private final Tasks tasks;
    private final ObjectProperty<Place> place = new SimpleObjectProperty<>(Place.AUDIT);
    private final IntegerProperty exhibits = new SimpleIntegerProperty(UNKNOWN);
    private final IntegerProperty auditEntries = new SimpleIntegerProperty(UNKNOWN);

    public MainViewModel(CaseSession session, Tasks tasks) {
        this.session = session;
        this.tasks = tasks;
    }

    public List<Place> places() {
        return List.of(Place.values());
    }

    public CaseDetails details() {
        return session.details();
    }

    public String folder() {
        return session.folder().toString();
    }

    public ObjectProperty<Place> placeProperty() {
        return place;
    }

    public ReadOnlyIntegerProperty exhibitCountProperty() {
        return exhibits;
    }

    public ReadOnlyIntegerProperty auditEntryCountProperty() {
        return auditEntries;
    }

    /** Reads the counts for the status bar in the background. */
    public void refreshCounts() {
        CaseFile caseFile = session.caseFile();
        tasks.background(() -> new int[] {caseFile.exhibits().count(), caseFile.audit().count()})
                .onSuccess(counts -> {
                    exhibits.set(counts[0]);
                    auditEntries.set(counts[1]);
                })
                .start();
    }
}
