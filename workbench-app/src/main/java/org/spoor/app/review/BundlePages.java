package org.spoor.app.review;

import java.awt.image.BufferedImage;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pack's bundle PDF as page pictures, rendered from memory (PDFBox): the reviewer reads the bundle
 * inside the read-only window and no copy of it is written to disk. One page at a time, on request.
 */
public final class BundlePages implements AutoCloseable {

    private static final float DPI = 110f;

    private final PDDocument document;
    private final PDFRenderer renderer;

    public BundlePages(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
        this.renderer = new PDFRenderer(document);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) as a picture; synchronized because PDFBox documents are not thread-safe. */
    public synchronized BufferedImage page(int index) throws IOException {
        return renderer.renderImageWithDPI(index, DPI);
    }

    @Override
    public synchronized void close() throws IOException {
        document.close();
    }
}
