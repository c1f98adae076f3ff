package org.spoor.reports.bundle.section;

import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.layout.Formats;
import org.spoor.reports.bundle.model.CallLogTable;
import org.spoor.reports.bundle.model.CallRow;
import org.spoor.reports.bundle.model.DocumentText;
import org.spoor.reports.bundle.model.ExhibitContent;
import org.spoor.reports.bundle.model.ImageContent;
import org.spoor.reports.bundle.model.MessageLine;
import org.spoor.reports.bundle.model.MessageThread;
import org.spoor.reports.bundle.model.NoContent;

/** Lays out the body of one exhibit according to what it is. */
final class ExhibitContentWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ExhibitContentWriter.class);

    void write(BundleLayout layout, ExhibitContent content, PicturePrefetch pictures) {
        if (content instanceof DocumentText document) {
            writeDocument(layout, document);
        } else if (content instanceof ImageContent image) {
            writeImage(layout, image, pictures);
        } else if (content instanceof MessageThread thread) {
            writeThread(layout, thread);
        } else if (content instanceof CallLogTable calls) {
            writeCalls(layout, calls);
        } else if (content instanceof NoContent none) {
            layout.note(none.note().isBlank() ? "This exhibit is listed by its index entry only." : none.note());
        }
    }

    private void writeDocument(BundleLayout layout, DocumentText document) {
        layout.heading("Text");
        for (String paragraph : document.text().split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                layout.paragraph(paragraph.strip());
            }
        }
    }

    private void writeImage(BundleLayout layout, ImageContent image, PicturePrefetch pictures) {
        byte[] scaled = pictures.next();
        try {
            Image picture = ExhibitPicture.placed(scaled);
            layout.document().add(picture.setAutoScale(false).setMaxWidth(480).setMaxHeight(420));
        } catch (RuntimeException e) {
            // A damaged or unsupported picture must not stop the bundle: say so where it would be.
            LOG.warn("exhibit image could not be decoded: {}", e.getMessage());
            layout.note("The image could not be decoded for the bundle; the original is unchanged in the case.");
        }
        if (!image.exif().isEmpty()) {
            layout.heading("EXIF");
            Table table = layout.table(35, 65);
            image.exif().forEach((key, value) -> {
                table.addCell(layout.cell(key));
                table.addCell(layout.cell(value));
            });
            layout.document().add(table);
        }
    }

    private void writeThread(BundleLayout layout, MessageThread thread) {
        layout.heading(thread.title().isBlank() ? "Messages" : "Messages: " + thread.title());
        Table table = layout.table(20, 15, 45, 20);
        table.addHeaderCell(layout.header("Local time"));
        table.addHeaderCell(layout.header("From"));
        table.addHeaderCell(layout.header("Message"));
        table.addHeaderCell(layout.header("Source"));
        for (MessageLine line : thread.lines()) {
            table.addCell(layout.cell(Formats.localTime(line.localTime())));
            table.addCell(layout.cell(line.sender()));
            table.addCell(layout.cell(line.text()));
            table.addCell(layout.cell(Formats.orDash(line.source())));
        }
        layout.document().add(table);
    }

    private void writeCalls(BundleLayout layout, CallLogTable calls) {
        layout.heading("Call log");
        Table table = layout.table(20, 11, 17, 17, 10, 25);
        table.addHeaderCell(layout.header("Local time"));
        table.addHeaderCell(layout.header("Direction"));
        table.addHeaderCell(layout.header("Number"));
        table.addHeaderCell(layout.header("Name"));
        table.addHeaderCell(layout.header("Duration"));
        table.addHeaderCell(layout.header("Source"));
        for (CallRow call : calls.calls()) {
            table.addCell(layout.cell(Formats.localTime(call.localTime())));
            table.addCell(layout.cell(call.direction()));
            table.addCell(layout.cell(call.number()));
            table.addCell(layout.cell(Formats.orDash(call.name())));
            table.addCell(layout.cell(Formats.duration(call.duration())));
            table.addCell(layout.cell(Formats.orDash(call.source())));
        }
        layout.document().add(table);
    }
}
