package org.spoor.reports.bundle;

import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;

/**
 * Opens a PDF/A-2b (or -3b) document (archival: self-contained, every font embedded, device-independent
 * colour). The output intent is the JDK's own sRGB ICC profile, so no profile file is shipped.
 */
public final class ArchivalPdf {

    private ArchivalPdf() {
    }

    public static PdfADocument open(OutputStream out, String title, String author) {
        return open(out, title, author, PdfAConformance.PDF_A_2B);
    }

    /** PDF/A-3b when files are attached (PDF/A-2 allows only PDF/A attachments), else PDF/A-2b. */
    public static PdfADocument open(OutputStream out, String title, String author, PdfAConformance conformance) {
        WriterProperties properties = new WriterProperties().setFullCompressionMode(true);
        PdfWriter writer = new PdfWriter(out, properties);
        byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org",
                "sRGB IEC61966-2.1", new ByteArrayInputStream(srgb));
        PdfADocument pdf = new PdfADocument(writer, conformance, intent);
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(title);
        info.setAuthor(author);
        info.setCreator("Spoor");
        return pdf;
    }
}
