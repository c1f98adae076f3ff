package org.spoor.reports.bundle.section;

import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.layout.element.Paragraph;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.layout.Formats;
import org.spoor.reports.bundle.model.CaseSummary;
import org.spoor.reports.bundle.text.ScriptText.Style;

/** Page 1: what the case is, who investigated it and for which prosecutor's office. */
public final class CoverPage implements BundleSection {

    @Override
    public void write(BundleLayout layout, DisclosedCase disclosed) {
        CaseSummary summary = disclosed.summary();
        layout.document().add(new Paragraph("\n\n\n"));
        layout.document().add(layout.text().paragraph("Prosecution evidence bundle", 14, Style.PLAIN));
        layout.document().add(layout.text().paragraph(summary.title(), 24, Style.BOLD).setMarginBottom(20));
        layout.document().add(layout.label("Case number", Formats.orDash(summary.caseNumber())));
        layout.document().add(layout.label("Investigating unit", Formats.orDash(summary.unit())));
        layout.document().add(layout.label("Investigator", Formats.orDash(summary.investigator())));
        layout.document().add(layout.label("Prosecutor's office", Formats.orDash(summary.prosecutorOffice())));
        layout.document().add(layout.label("Jurisdiction", Formats.orDash(summary.jurisdiction())));
        layout.document().add(layout.label("Date", summary.date().format(DateTimeFormatter.ISO_LOCAL_DATE)));
        layout.document().add(layout.label("Disclosed exhibits", String.format(Locale.ROOT, "%d",
                disclosed.exhibits().size())));
        layout.document().add(new Paragraph("\n"));
        layout.note("Exhibits are referred to by their reference (e.g. SPR-0001) throughout this bundle. "
                + "Each exhibit's SHA-256 and MD5 identify the original file held in the case; anyone can "
                + "recompute them (sha256sum, md5sum) on the original to confirm it is the same file.");
        layout.outlineRoot().addOutline("Cover")
                .addDestination(PdfExplicitDestination.createFit(layout.document().getPdfDocument().getPage(1)));
    }
}
