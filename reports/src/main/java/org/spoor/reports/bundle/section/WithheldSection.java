package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Table;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.disclosure.WithheldSummary;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.model.Disclosure;

/**
 * States that material was withheld and how much of each kind, never what it is: no reference,
 * name, hash or date of a withheld item appears here or anywhere else in the bundle.
 */
public final class WithheldSection implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Withheld material");
        WithheldSummary withheld = disclosed.withheld();
        if (withheld.nothingWithheld()) {
            layout.paragraph("No material was withheld from this bundle.");
            return;
        }
        layout.paragraph("Material held in the case was withheld from this bundle. It is counted here by "
                + "category only; the prosecutor can ask the investigating unit about it through the usual "
                + "disclosure procedure.");
        Table table = layout.table(70, 30);
        table.addHeaderCell(layout.header("Category"));
        table.addHeaderCell(layout.header("Count"));
        row(layout, table, "Exhibits withheld: informant material", withheld.exhibits(Disclosure.INFORMANT));
        row(layout, table, "Exhibits withheld: not for disclosure", withheld.exhibits(Disclosure.NOT_FOR_DISCLOSURE));
        row(layout, table, "Timeline and people entries left out (they cite withheld exhibits)",
                withheld.rowsWithheld());
        row(layout, table, "Passages redacted from disclosed exhibits", withheld.redactedPassages());
        row(layout, table, "Disclosed exhibits with redactions", withheld.redactedExhibits());
        layout.document().add(table);
    }

    private static void row(BundleLayout layout, Table table, String category, int count) {
        table.addCell(layout.cell(category));
        table.addCell(layout.cell(Integer.toString(count)));
    }
}
