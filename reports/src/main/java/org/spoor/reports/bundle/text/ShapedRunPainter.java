package org.spoor.reports.bundle.text;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.otf.Glyph;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfArray;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;

/**
 * Draws shaped glyphs into a form XObject, glyph by glyph at the positions the shaper computed,
 * with the embedded font in Identity-H encoding. The glyphs sit inside a marked-content span
 * whose /ActualText holds the original Unicode, so text extraction and search give back the
 * words as typed, not the reordered glyph sequence.
 */
final class ShapedRunPainter {

    private ShapedRunPainter() {
    }

    /** The XObject's origin is the left end of the baseline; its box covers the ink. */
    static PdfFormXObject paint(PdfDocument pdf, PdfFont font, ShapedGlyphs glyphs, String text, float size,
                                float ascent, float descent) {
        float scale = size / 1000f;
        // Stacked marks and subscript consonants reach past the usual ascent and descent: the box
        // covers the ink plus a little air so stacked lines of shaped text do not touch.
        float air = 0.12f * size;
        float top = Math.max(ascent, glyphs.top() * scale + air);
        float bottom = Math.max(descent, glyphs.bottom() * scale + air);
        float width = Math.max(glyphs.advance() * scale, 0.1f);
        PdfFormXObject form = new PdfFormXObject(new Rectangle(0, -bottom, width, top + bottom));
        PdfCanvas canvas = new PdfCanvas(form, pdf);
        PdfDictionary span = new PdfDictionary();
        span.put(PdfName.ActualText, new PdfString(text, PdfEncodings.UNICODE_BIG));
        canvas.beginMarkedContent(PdfName.Span, span);
        canvas.beginText().setFontAndSize(font, size);
        FontProgram program = font.getFontProgram();
        for (int i = 0; i < glyphs.size(); i++) {
            Glyph glyph = program.getGlyphByCode(glyphs.glyphIds()[i]);
            if (glyph == null) {
                continue;
            }
            canvas.setTextMatrix(glyphs.x()[i] * scale, glyphs.y()[i] * scale);
            // convertToBytes marks the glyph as used, so the subset keeps it. showText(PdfArray)
            // writes the glyph id as is: iText's PDF/A check on showText(GlyphLine) looks glyphs up
            // by Unicode, which shaped glyphs (ligatures, mark variants) do not have.
            PdfString code = new PdfString(font.convertToBytes(glyph)).setHexWriting(true);
            canvas.showText(new PdfArray(code));
        }
        canvas.endText();
        canvas.endMarkedContent();
        canvas.release();
        return form;
    }
}
