package org.spoor.reports.bundle.section;

import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;

/** The investigator's summary of the case, paragraph by paragraph. */
public final class CaseSummarySection implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        layout.startSection("Case summary");
        String summary = disclosed.summary().summary();
        if (summary.isBlank()) {
            layout.note("No summary was written for this case.");
            return;
        }
        for (String paragraph : summary.split("\\n\\s*\\n")) {
            layout.paragraph(paragraph.strip());
        }
    }
}
