package org.spoor.app.ui.evidence;

import java.util.List;
import java.util.Optional;

import org.spoor.custody.CustodyEvent;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;

/**
 * Everything the detail pane shows about one exhibit, read in one background task.
 *
 * @param lineage the exhibits it was found in, outermost first (empty for a seized original)
 * @param content what extraction found, if the import got that far
 * @param textPreview the opening of its extracted text (at most {@link ExhibitDetailReader#PREVIEW_CHARS})
 * @param textChars the length of the whole extracted text
 * @param childCount items found inside it
 */
public record ExhibitDetail(Exhibit exhibit, List<Exhibit> lineage, List<CustodyEvent> custody,
                            Optional<ExhibitContent> content, String textPreview, long textChars, int childCount) {

    public ExhibitDetail {
        lineage = List.copyOf(lineage);
        custody = List.copyOf(custody);
    }

    public boolean textCut() {
        return textChars > textPreview.length();
    }
}
