package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Table;
import java.util.List;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.layout.Formats;
import org.spoor.reports.bundle.model.CustodyEvent;
import org.spoor.reports.bundle.model.ExhibitEntry;

/** Every disclosed exhibit's chain of custody, from seizure to this bundle, in time order. */
public final class CustodySection implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Chain of custody");
        for (ExhibitEntry exhibit : disclosed.exhibits()) {
            layout.heading(exhibit.ref() + " — " + exhibit.description());
            List<CustodyEvent> events = disclosed.custodyOf(exhibit.ref()).stream()
                    .sorted(java.util.Comparator.comparing(CustodyEvent::time)).toList();
            if (events.isEmpty()) {
                layout.note("No custody event is recorded for " + exhibit.ref() + ".");
                continue;
            }
            Table table = layout.table(22, 18, 18, 18, 24);
            table.addHeaderCell(layout.header("Time"));
            table.addHeaderCell(layout.header("Action"));
            table.addHeaderCell(layout.header("By"));
            table.addHeaderCell(layout.header("Location"));
            table.addHeaderCell(layout.header("Note"));
            for (CustodyEvent event : events) {
                table.addCell(layout.cell(Formats.localTime(event.time())));
                table.addCell(layout.cell(event.action()));
                table.addCell(layout.cell(Formats.orDash(event.by())));
                table.addCell(layout.cell(Formats.orDash(event.location())));
                table.addCell(layout.cell(Formats.orDash(event.note())));
            }
            layout.document().add(table);
        }
    }
}
