package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.layout.Formats;
import org.spoor.reports.bundle.model.ExhibitEntry;

/**
 * One row per disclosed exhibit; the hashes get a full-width line of their own so each one stays
 * on one line (copyable, and found whole by text search).
 */
public final class ExhibitIndexSection implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Exhibit index");
        Table table = layout.table(10, 24, 16, 20, 10, 20);
        table.addHeaderCell(layout.header("Ref"));
        table.addHeaderCell(layout.header("Description"));
        table.addHeaderCell(layout.header("Source"));
        table.addHeaderCell(layout.header("Seized (place, time)"));
        table.addHeaderCell(layout.header("Seal"));
        table.addHeaderCell(layout.header("Custodian"));
        for (ExhibitEntry exhibit : disclosed.exhibits()) {
            table.addCell(layout.cell(exhibit.ref()));
            table.addCell(layout.cell(exhibit.description()));
            table.addCell(layout.cell(Formats.orDash(exhibit.source())));
            table.addCell(layout.cell(Formats.orDash(exhibit.seizurePlace()) + ", "
                    + Formats.localTime(exhibit.seizureTime())));
            table.addCell(layout.cell(Formats.orDash(exhibit.seal())));
            table.addCell(layout.cell(Formats.orDash(exhibit.custodian())));
            table.addCell(new Cell(1, 6).add(layout.monoText("SHA-256 " + Formats.orDash(exhibit.sha256())
                    + "   MD5 " + Formats.orDash(exhibit.md5()))));
        }
        if (disclosed.exhibits().isEmpty()) {
            layout.note("No exhibit is disclosed in this bundle.");
        } else {
            layout.document().add(table);
        }
    }
}
