package org.spoor.reports.bundle;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Tab;
import com.itextpdf.layout.element.TabStop;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TabAlignment;
import com.itextpdf.kernel.pdf.canvas.draw.DottedLine;
import java.util.List;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.layout.TocEntry;
import org.spoor.reports.bundle.text.ScriptText.Style;

/**
 * Writes the table of contents after the content (only then are page numbers known) and moves its
 * pages to just after the cover. Every entry is one line and a page holds a fixed number of them,
 * so the number of contents pages, and with it the shift of every page number, is known before
 * the contents are written.
 */
final class TableOfContents {

    static final int ENTRIES_PER_PAGE = 38;
    private static final int MAX_TITLE = 90;
    private static final float RIGHT_EDGE = 515;

    private TableOfContents() {
    }

    static int pagesNeeded(int entries) {
        return Math.max(1, (entries + ENTRIES_PER_PAGE - 1) / ENTRIES_PER_PAGE);
    }

    /** Appends the contents pages, then moves them to page 2 onwards. */
    static void write(BundleLayout layout, List<TocEntry> entries) {
        Document document = layout.document();
        PdfDocument pdf = document.getPdfDocument();
        int tocPages = pagesNeeded(entries.size());
        document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        int firstTocPage = pdf.getNumberOfPages();
        document.add(layout.text().paragraph("Contents", 16, Style.BOLD).setMarginBottom(8));
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0 && i % ENTRIES_PER_PAGE == 0) {
                document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            }
            document.add(line(layout, entries.get(i), tocPages));
        }
        document.flush();
        for (int k = 0; k < tocPages; k++) {
            pdf.movePage(firstTocPage + k, 2 + k);
        }
        layout.outlineRoot().addOutline("Contents", 1)
                .addDestination(PdfExplicitDestination.createFit(pdf.getPage(2)));
    }

    private static Paragraph line(BundleLayout layout, TocEntry entry, int shift) {
        String title = entry.title().length() > MAX_TITLE
                ? entry.title().substring(0, MAX_TITLE - 1) + "…" : entry.title();
        Paragraph line = new Paragraph().setFontSize(BundleLayout.BODY).setMargin(0).setMultipliedLeading(1.2f)
                .setMarginLeft(entry.level() * 14f)
                .addTabStops(new TabStop(RIGHT_EDGE - entry.level() * 14f, TabAlignment.RIGHT, new DottedLine(0.5f, 3)));
        layout.text().append(line, title, BundleLayout.BODY, entry.level() == 0 ? Style.BOLD : Style.PLAIN);
        line.add(new Tab());
        layout.text().append(line, Integer.toString(entry.page() + shift), BundleLayout.BODY, Style.PLAIN);
        return line;
    }
}
