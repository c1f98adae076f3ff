package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Table;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.model.PersonRow;

/** The people and phone numbers involved, their role, and where each appears. */
public final class PeopleSection implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("People and numbers");
        if (disclosed.people().isEmpty()) {
            layout.note("No people or numbers were selected for the bundle.");
            return;
        }
        Table table = layout.table(26, 20, 30, 24);
        table.addHeaderCell(layout.header("Name"));
        table.addHeaderCell(layout.header("Role"));
        table.addHeaderCell(layout.header("Numbers"));
        table.addHeaderCell(layout.header("Exhibits"));
        for (PersonRow person : disclosed.people()) {
            table.addCell(layout.cell(person.name()));
            table.addCell(layout.cell(person.role()));
            table.addCell(layout.cell(String.join(", ", person.numbers())));
            table.addCell(layout.cell(String.join(", ", person.exhibitRefs())));
        }
        layout.document().add(table);
    }
}
