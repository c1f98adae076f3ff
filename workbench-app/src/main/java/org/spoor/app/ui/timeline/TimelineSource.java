package org.spoor.app.ui.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.spoor.app.ui.common.Messages;
import org.spoor.app.ui.comms.CaseComms;
import org.spoor.app.ui.comms.CommsSource;
import org.spoor.casefile.CaseFile;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;

/** Where the timeline reads its events from: the open case (a hand-made list in tests). */
@FunctionalInterface
public interface TimelineSource {

    /** Reads every dated event; slow (database), so only ever called from a background task. */
    List<TimelineEvent> read() throws Exception;

    static TimelineSource of(CaseFile caseFile, CommsSource comms, Messages messages, ZoneId zone) {
        return () -> {
            CaseComms read = comms.read();
            ExhibitContentRepository contents = new ExhibitContentRepository(caseFile.db());
            List<ExhibitContent> photos = new ArrayList<>();
            read.exhibits().values().stream()
                    .filter(e -> e.mediaType() != null && e.mediaType().startsWith("image/"))
                    .forEach(e -> contents.forExhibit(e.id()).ifPresent(photos::add));
            return TimelineEvents.from(read, photos, messages, zone);
        };
    }
}
