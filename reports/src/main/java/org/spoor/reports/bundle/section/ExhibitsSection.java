package org.spoor.reports.bundle.section;

import java.util.List;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.layout.Formats;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.ImageContent;

/** Each disclosed exhibit on its own pages: its identity, then its content. */
public final class ExhibitsSection implements BundleSection {

    private final ExhibitContentWriter contentWriter = new ExhibitContentWriter();

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Exhibits");
        layout.note("Each exhibit follows on its own page, in the order of the exhibit index.");
        List<ImageContent> pictures = disclosed.exhibits().stream().map(ExhibitEntry::content)
                .filter(ImageContent.class::isInstance).map(ImageContent.class::cast).toList();
        try (PicturePrefetch prefetch = new PicturePrefetch(pictures)) {
            writeAll(layout, disclosed, prefetch);
        }
    }

    private void writeAll(BundleLayout layout, DisclosedCase disclosed, PicturePrefetch prefetch) {
        for (ExhibitEntry exhibit : disclosed.exhibits()) {
            layout.startPart(exhibit.ref() + " — " + exhibit.description());
            layout.document().add(layout.label("Source", Formats.orDash(exhibit.source())));
            layout.document().add(layout.label("Seized", Formats.orDash(exhibit.seizurePlace()) + ", "
                    + Formats.localTime(exhibit.seizureTime())));
            layout.document().add(layout.label("Seal", Formats.orDash(exhibit.seal())));
            layout.document().add(layout.label("Custodian", Formats.orDash(exhibit.custodian())));
            layout.document().add(layout.label("Media type", Formats.orDash(exhibit.mediaType())));
            layout.document().add(layout.monoText("SHA-256 " + Formats.orDash(exhibit.sha256())));
            layout.document().add(layout.monoText("MD5     " + Formats.orDash(exhibit.md5())).setMarginBottom(8));
            contentWriter.write(layout, exhibit.content(), prefetch);
        }
    }
}
