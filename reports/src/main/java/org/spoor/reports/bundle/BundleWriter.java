package org.spoor.reports.bundle;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.reports.ReportsException;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.disclosure.DisclosureFilter;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.model.AttachedOriginal;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.section.BundleSection;
import org.spoor.reports.bundle.section.CaseSummarySection;
import org.spoor.reports.bundle.section.CoverPage;
import org.spoor.reports.bundle.section.CustodySection;
import org.spoor.reports.bundle.section.ExhibitIndexSection;
import org.spoor.reports.bundle.section.ExhibitsSection;
import org.spoor.reports.bundle.section.MapSection;
import org.spoor.reports.bundle.section.OffenceMatrixSection;
import org.spoor.reports.bundle.section.PeopleSection;
import org.spoor.reports.bundle.section.TimelineSection;
import org.spoor.reports.bundle.section.WithheldSection;
import org.spoor.reports.bundle.text.BundleFonts;
import org.spoor.reports.bundle.text.ComplexShaper;
import org.spoor.reports.bundle.text.FontResources;
import org.spoor.reports.bundle.text.ScriptText;
import org.spoor.reports.offence.OffenceTemplates;

/**
 * Writes the prosecution evidence bundle: an archival PDF (PDF/A-2b) with every font embedded,
 * bookmarks, a table of contents, "Page X of Y" and the handling banner on every page. Disclosure
 * is applied first ({@link DisclosureFilter}); the sections only ever see what may be disclosed.
 * One writer can produce many bundles (fonts and templates are read once); it is not thread-safe.
 */
public final class BundleWriter {

    private static final Logger LOG = LoggerFactory.getLogger(BundleWriter.class);

    private final FontResources fonts = new FontResources();
    private final ComplexShaper shaper = new ComplexShaper(fonts);
    private final OffenceTemplates templates;

    public BundleWriter() {
        this(OffenceTemplates.bundled());
    }

    public BundleWriter(OffenceTemplates templates) {
        this.templates = templates;
    }

    public void write(BundleRequest request, Path target) throws ReportsException {
        write(request, target, List.of());
    }

    public void write(BundleRequest request, Path target, List<AttachedOriginal> attachments)
            throws ReportsException {
        try (OutputStream out = Files.newOutputStream(target)) {
            write(request, out, attachments);
        } catch (IOException e) {
            throw new ReportsException("bundle.write.failed", "cannot write the bundle to " + target, e, target);
        }
    }

    /** Writes the bundle to out (not closed). */
    public void write(BundleRequest request, OutputStream out) throws ReportsException {
        write(request, out, List.of());
    }

    /**
     * Writes the bundle with the disclosed exhibits' originals embedded in it (PDF/A-3b); with no
     * attachments this is the plain PDF/A-2b bundle. Originals of withheld exhibits are ignored.
     */
    public void write(BundleRequest request, OutputStream out, List<AttachedOriginal> attachments)
            throws ReportsException {
        DisclosedCase disclosed = new DisclosureFilter().apply(request);
        long started = System.nanoTime();
        PdfAConformance conformance = attachments.isEmpty() ? PdfAConformance.PDF_A_2B : PdfAConformance.PDF_A_3B;
        try (PdfDocument pdf = ArchivalPdf.open(new NonClosingOutputStream(out), request.summary().title(),
                request.summary().investigator(), conformance)) {
            OriginalAttacher.attach(pdf, disclosed, attachments);
            BundleFonts bundleFonts = new BundleFonts(fonts);
            Document document = new Document(pdf, PageSize.A4, false);
            document.setMargins(60, 40, 60, 40);
            document.setFontProvider(bundleFonts.provider());
            document.setFontFamily(BundleFonts.SANS_FAMILY);
            BundleLayout layout = new BundleLayout(pdf, document, new ScriptText(pdf, bundleFonts, shaper));
            for (BundleSection section : sections()) {
                section.write(layout, disclosed);
            }
            TableOfContents.write(layout, layout.tableOfContents());
            PageDecorator.decorate(layout, request.summary().handlingBanner(), caseLine(request));
            document.close();
        } catch (java.io.UncheckedIOException e) {
            throw new ReportsException("bundle.original.unreadable", e.getMessage(), e, e.getMessage());
        } catch (RuntimeException e) {
            throw new ReportsException("bundle.write.failed", "the bundle could not be laid out: " + e.getMessage(),
                    e, e.getMessage());
        }
        LOG.info("bundle written: {} disclosed exhibits in {} ms", disclosed.exhibits().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<BundleSection> sections() {
        return List.of(new CoverPage(), new CaseSummarySection(), new OffenceMatrixSection(templates),
                new ExhibitIndexSection(), new CustodySection(), new ExhibitsSection(), new MapSection(),
                new TimelineSection(), new PeopleSection(), new WithheldSection());
    }

    private static String caseLine(BundleRequest request) {
        String number = request.summary().caseNumber();
        return number.isBlank() ? request.summary().title() : number + " — " + request.summary().title();
    }
}
