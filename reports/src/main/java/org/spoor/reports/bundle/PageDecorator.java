package org.spoor.reports.bundle;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.util.Locale;
import org.spoor.reports.bundle.layout.BundleLayout;
import org.spoor.reports.bundle.text.ScriptText.Style;

/** Puts the handling banner at the top and "Page X of Y" at the bottom of every page. */
final class PageDecorator {

    private static final DeviceRgb BANNER_RED = new DeviceRgb(0xA0, 0x10, 0x10);

    private PageDecorator() {
    }

    static void decorate(BundleLayout layout, String banner, String caseLine) {
        Document document = layout.document();
        int pages = document.getPdfDocument().getNumberOfPages();
        for (int page = 1; page <= pages; page++) {
            Rectangle size = document.getPdfDocument().getPage(page).getPageSize();
            float middle = size.getWidth() / 2;
            if (!banner.isBlank()) {
                Paragraph top = layout.text().paragraph(banner, 8.5f, Style.BOLD).setFontColor(BANNER_RED);
                document.showTextAligned(top, middle, size.getTop() - 28, page, TextAlignment.CENTER,
                        VerticalAlignment.TOP, 0);
                Paragraph bottom = layout.text().paragraph(banner, 7, Style.BOLD).setFontColor(BANNER_RED);
                document.showTextAligned(bottom, middle, 38, page, TextAlignment.CENTER,
                        VerticalAlignment.BOTTOM, 0);
            }
            Paragraph footer = layout.text().paragraph(caseLine, 7, Style.PLAIN);
            document.showTextAligned(footer, 36, 22, page, TextAlignment.LEFT, VerticalAlignment.BOTTOM, 0);
            Paragraph number = layout.text().paragraph(
                    String.format(Locale.ROOT, "Page %d of %d", page, pages), 7, Style.PLAIN);
            document.showTextAligned(number, size.getWidth() - 36, 22, page, TextAlignment.RIGHT,
                    VerticalAlignment.BOTTOM, 0);
        }
    }
}
