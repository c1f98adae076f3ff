package org.spoor.reports.bundle.text;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.Property;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a string in any of the bundle's languages into layout elements. Simple-script stretches
 * become iText {@link Text} (font chosen per character by the font provider); Thai, Lao and Khmer
 * stretches are cut at line-break opportunities, shaped, and placed inline as small form XObjects,
 * so the paragraph still wraps between words. Characters no bundled font has (e.g. CJK) are
 * written as "[U+4E2D]" so that no glyph is missing from the PDF.
 */
public final class ScriptText {

    private static final float ASCENT = 0.80f;
    private static final float DESCENT = 0.25f;
    private static final int MAX_CLUSTERS = 12;
    /** Zero-width space: an invisible place where iText may wrap the line (Noto Sans has it). */
    private static final String BREAK_OPPORTUNITY = "\u200B";

    private final PdfDocument pdf;
    private final BundleFonts fonts;
    private final ComplexShaper shaper;
    private final Map<String, PdfFormXObject> shapedCache = new HashMap<>();

    public ScriptText(PdfDocument pdf, BundleFonts fonts, ComplexShaper shaper) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.shaper = shaper;
    }

    public ScriptText(PdfDocument pdf, BundleFonts fonts, FontResources resources) {
        this(pdf, fonts, new ComplexShaper(resources));
    }

    /** Noto's tall ascent and descent already leave air between lines: leading 1.0, not iText's 1.2. */
    public Paragraph paragraph(String text, float size) {
        Paragraph paragraph = new Paragraph().setFontSize(size).setMultipliedLeading(1.0f);
        append(paragraph, text, size, Style.PLAIN);
        return paragraph;
    }

    public Paragraph paragraph(String text, float size, Style style) {
        Paragraph paragraph = new Paragraph().setFontSize(size).setMultipliedLeading(1.0f);
        append(paragraph, text, size, style);
        return paragraph;
    }

    /** How a simple-script stretch is set; shaped scripts always use their regular face. */
    public enum Style { PLAIN, BOLD, MONO }

    public void append(Paragraph paragraph, String text, float size, Style style) {
        for (ScriptRun run : ScriptRun.split(clean(text))) {
            if (run.script() == Script.SIMPLE) {
                paragraph.add(simple(run.text(), style));
            } else {
                appendShaped(paragraph, run, size);
            }
        }
    }

    private Text simple(String text, Style style) {
        Text element = new Text(withoutStrayJoiners(text));
        if (style == Style.BOLD) {
            element.setProperty(Property.FONT_WEIGHT, "bold");
        } else if (style == Style.MONO) {
            element.setFontFamily(BundleFonts.MONO_FAMILY);
        }
        return element;
    }

    private void appendShaped(Paragraph paragraph, ScriptRun run, float size) {
        BreakIterator breaks = BreakIterator.getLineInstance(locale(run.script()));
        breaks.setText(run.text());
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String word = run.text().substring(start, end);
            String trimmed = word.stripTrailing();
            List<String> chunks = chunks(trimmed);
            for (int i = 0; i < chunks.size(); i++) {
                if (i > 0 || start > 0 && trimmed.length() == word.length() && !trimmed.isEmpty()) {
                    // iText only breaks lines at characters; between two images there is none.
                    paragraph.add(new Text(BREAK_OPPORTUNITY));
                }
                paragraph.add(shapedImage(run.script(), chunks.get(i), size));
            }
            if (trimmed.length() < word.length()) {
                paragraph.add(new Text(" "));
            }
        }
    }

    /**
     * The JDK finds word breaks in Thai, but not in Lao or Khmer, where a whole sentence can come
     * back as one "word". Such a stretch is cut every few grapheme clusters so the line can still
     * wrap, never right after a Khmer coeng (U+17D2) or a joiner: the next consonant belongs to
     * the same stack.
     */
    private static List<String> chunks(String word) {
        List<String> chunks = new ArrayList<>();
        if (word.isEmpty()) {
            return chunks;
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance();
        clusters.setText(word);
        int start = 0;
        int count = 0;
        for (int end = clusters.next(); end != BreakIterator.DONE; end = clusters.next()) {
            count++;
            char before = word.charAt(end - 1);
            boolean joined = before == '\u17D2' || before == '\u200D';
            if (count >= MAX_CLUSTERS && !joined && end < word.length()) {
                chunks.add(word.substring(start, end));
                start = end;
                count = 0;
            }
        }
        chunks.add(word.substring(start));
        return chunks;
    }

    private Image shapedImage(Script script, String word, float size) {
        PdfFormXObject form = shapedCache.computeIfAbsent(script + "|" + size + "|" + word, key -> {
            ShapedGlyphs glyphs = shaper.shape(script, word);
            return ShapedRunPainter.paint(pdf, fonts.complexFont(script), glyphs, word, size,
                    ASCENT * size, DESCENT * size);
        });
        Image image = new Image(form);
        return image;
    }

    private static Locale locale(Script script) {
        switch (script) {
            case THAI:
                return new Locale("th");
            case LAO:
                return new Locale("lo");
            case KHMER:
                return new Locale("km");
            default:
                return Locale.ROOT;
        }
    }

    /** Drops control characters and spells out characters that no bundled font can draw. */
    private String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("    ");
            } else if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (Script.of(cp) != Script.SIMPLE || Script.joinsRun(cp) || fonts.covers(cp)) {
                out.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                out.append(' ');
            } else {
                out.append(String.format(Locale.ROOT, "[U+%04X]", cp));
            }
        });
        return out.toString();
    }

    /** Joiners outside a shaped run have no glyph in Noto Sans; they carry no visible meaning there. */
    private String withoutStrayJoiners(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Script.joinsRun(cp) || fonts.covers(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }
}
