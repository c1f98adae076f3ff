package org.spoor.app.ui.reports;

import java.util.List;

import org.spoor.app.bundle.CaseBundle;
import org.spoor.app.ui.common.Messages;
import org.spoor.exhibit.Disclosure;
import org.spoor.reports.bundle.layout.Formats;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.ExhibitEntry;

/**
 * The preview of a bundle without rendering it: its sections in order with what each will hold,
 * and the exhibit index. (Pages are not rasterised: a laptop has no PDF renderer to rely on.)
 */
final class BundleOutline {

    private BundleOutline() {
    }

    static List<OutlineRow> sections(CaseBundle bundle, Messages m) {
        BundleRequest request = bundle.request();
        int disclosed = bundle.disclosed().size();
        int informant = bundle.withheld(Disclosure.INFORMANT);
        int notForDisclosure = bundle.withheld(Disclosure.NOT_FOR_DISCLOSURE);
        long linked = request.offenceLinks().stream().filter(l -> !l.exhibitRefs().isEmpty()).count();
        String map = request.map().isPresent() ? request.mapCaption() : m.text("reports.outline.map.none");
        return List.of(
                row(m, "reports.outline.cover", request.summary().title()),
                row(m, "reports.outline.summary", m.text("reports.outline.summary.contents")),
                row(m, "reports.outline.offences", m.format("reports.outline.offences.contents",
                        request.summary().jurisdiction(), linked)),
                row(m, "reports.outline.index", m.format("reports.outline.index.contents", disclosed)),
                row(m, "reports.outline.custody", m.format("reports.outline.custody.contents",
                        request.custody().size())),
                row(m, "reports.outline.exhibits", m.format("reports.outline.exhibits.contents", disclosed)),
                row(m, "reports.outline.map", map),
                row(m, "reports.outline.timeline", m.format("reports.outline.timeline.contents",
                        request.timeline().size())),
                row(m, "reports.outline.people", m.format("reports.outline.people.contents",
                        request.people().size())),
                row(m, "reports.outline.withheld", m.format("reports.outline.withheld.contents", informant,
                        notForDisclosure)));
    }

    static List<IndexRow> index(CaseBundle bundle) {
        return bundle.request().exhibits().stream().filter(ExhibitEntry::disclosable)
                .map(e -> new IndexRow(e.ref(), e.description(), Formats.orDash(e.seizurePlace()) + ", "
                        + Formats.localTime(e.seizureTime()), e.sha256()))
                .toList();
    }

    private static OutlineRow row(Messages messages, String titleKey, String contents) {
        return new OutlineRow(messages.text(titleKey), contents);
    }
}
