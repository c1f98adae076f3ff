package org.spoor.reports.bundle.layout;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.UnitValue;
import java.util.ArrayList;
import java.util.List;
import org.spoor.reports.bundle.text.ScriptText;
import org.spoor.reports.bundle.text.ScriptText.Style;

/**
 * The writing surface every section uses: headings that also become bookmarks and table-of-
 * contents entries, and the few table and paragraph styles of the bundle.
 */
public final class BundleLayout {

    public static final float BODY = 9.5f;
    public static final float SMALL = 7.5f;
    private static final DeviceRgb HEADER_FILL = new DeviceRgb(0xE4, 0xE8, 0xEE);

    private final PdfDocument pdf;
    private final Document document;
    private final ScriptText text;
    private final PdfOutline outlineRoot;
    private final List<TocEntry> toc = new ArrayList<>();
    private PdfOutline currentSection;

    public BundleLayout(PdfDocument pdf, Document document, ScriptText text) {
        this.pdf = pdf;
        this.document = document;
        this.text = text;
        this.outlineRoot = pdf.getOutlines(false);
    }

    public Document document() {
        return document;
    }

    public ScriptText text() {
        return text;
    }

    public List<TocEntry> tableOfContents() {
        return List.copyOf(toc);
    }

    public PdfOutline outlineRoot() {
        return outlineRoot;
    }

    /** A section starts on a new page, gets a bookmark and a line in the table of contents. */
    public void startSection(String title) {
        newPage();
        document.add(text.paragraph(title, 16, Style.BOLD).setMarginBottom(8));
        int page = pdf.getNumberOfPages();
        toc.add(new TocEntry(title, 0, page));
        currentSection = outlineRoot.addOutline(title);
        currentSection.addDestination(PdfExplicitDestination.createFit(pdf.getPage(page)));
    }

    /** A part of the current section on its own page (an exhibit), bookmarked and listed. */
    public void startPart(String title) {
        newPage();
        document.add(text.paragraph(title, 13, Style.BOLD).setMarginBottom(6));
        int page = pdf.getNumberOfPages();
        toc.add(new TocEntry(title, 1, page));
        PdfOutline parent = currentSection == null ? outlineRoot : currentSection;
        parent.addOutline(title).addDestination(PdfExplicitDestination.createFit(pdf.getPage(page)));
    }

    public void newPage() {
        if (pdf.getNumberOfPages() > 0) {
            document.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
        }
    }

    public void heading(String title) {
        document.add(text.paragraph(title, 11, Style.BOLD).setMarginTop(8).setMarginBottom(3));
    }

    public void paragraph(String content) {
        document.add(text.paragraph(content, BODY));
    }

    public void note(String content) {
        document.add(text.paragraph(content, SMALL).setFontColor(ColorConstants.DARK_GRAY));
    }

    public Table table(float... relativeWidths) {
        return new Table(UnitValue.createPercentArray(relativeWidths)).useAllAvailableWidth();
    }

    public Cell header(String content) {
        return new Cell().add(text.paragraph(content, SMALL, Style.BOLD)).setBackgroundColor(HEADER_FILL);
    }

    public Cell cell(String content) {
        return new Cell().add(text.paragraph(content, SMALL));
    }

    public Cell mono(String content) {
        return new Cell().add(monoText(content));
    }

    /** Hashes and identifiers: monospaced so digits line up and nothing is mistaken. */
    public Paragraph monoText(String content) {
        return text.paragraph(content, SMALL - 0.5f, Style.MONO);
    }

    public Paragraph label(String label, String value) {
        Paragraph paragraph = new Paragraph().setFontSize(BODY).setMargin(0);
        text.append(paragraph, label + ": ", BODY, Style.BOLD);
        text.append(paragraph, value, BODY, Style.PLAIN);
        return paragraph;
    }
}
