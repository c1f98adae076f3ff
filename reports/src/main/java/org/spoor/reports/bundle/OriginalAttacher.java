package org.spoor.reports.bundle;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.model.AttachedOriginal;
import org.spoor.reports.bundle.model.ExhibitEntry;

/**
 * Embeds disclosed exhibits' original files as PDF/A-3 associated files (AFRelationship Source:
 * the bundle's pages are derived from them). Originals of exhibits that are not in the disclosed
 * case are skipped without being opened.
 */
final class OriginalAttacher {

    private OriginalAttacher() {
    }

    static int attach(PdfDocument pdf, DisclosedCase disclosed, List<AttachedOriginal> originals) {
        Set<String> disclosedRefs = disclosed.exhibits().stream().map(ExhibitEntry::ref).collect(Collectors.toSet());
        int attached = 0;
        for (AttachedOriginal original : originals) {
            if (!disclosedRefs.contains(original.exhibitRef())) {
                continue;
            }
            try (InputStream in = original.source().open()) {
                byte[] bytes = in.readAllBytes();
                String description = "Original of exhibit " + original.exhibitRef();
                PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(pdf, bytes, description,
                        original.exhibitRef() + " " + original.fileName(), new PdfName(original.mediaType()), null,
                        PdfName.Source);
                pdf.addAssociatedFile(description, spec);
                attached++;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the original of " + original.exhibitRef(), e);
            }
        }
        return attached;
    }
}
