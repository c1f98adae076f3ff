package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Table;
import java.util.Comparator;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.layout.Formats;
import org.spoor.reports.bundle.model.TimelineRow;

/** Events of the case in time order, each with the exhibits it rests on. */
public final class TimelineSection implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Timeline");
        if (disclosed.timeline().isEmpty()) {
            layout.note("No timeline events were selected for the bundle.");
            return;
        }
        Table table = layout.table(24, 56, 20);
        table.addHeaderCell(layout.header("Local time"));
        table.addHeaderCell(layout.header("Event"));
        table.addHeaderCell(layout.header("Exhibits"));
        disclosed.timeline().stream().sorted(Comparator.comparing(TimelineRow::time)).forEach(row -> {
            table.addCell(layout.cell(Formats.localTime(row.time())));
            table.addCell(layout.cell(row.event()));
            table.addCell(layout.cell(String.join(", ", row.exhibitRefs())));
        });
        layout.document().add(table);
    }
}
