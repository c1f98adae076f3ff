package org.spoor.ingest.extract.worker;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.spoor.ingest.extract.TesseractProbe;
import org.xml.sax.SAXException;

/**
 * Tika as Spoor configures it: the standard parsers minus the external-command ones (tika-config.xml),
 * OCR with the installed subset of the wanted Tesseract languages, PDF pages OCRed when they have no text.
 */
final class TikaSetup {

    private static final String CONFIG = "/org/spoor/ingest/extract/worker/tika-config.xml";

    private final Parser parser;
    private final String ocrLanguages;
    private final int timeoutSeconds;

    private TikaSetup(Parser parser, String ocrLanguages, int timeoutSeconds) {
        this.parser = parser;
        this.ocrLanguages = ocrLanguages;
        this.timeoutSeconds = timeoutSeconds;
    }

    static TikaSetup create(WorkerOptions options) {
        String languages = options.ocrEnabled() ? usableLanguages(options.ocrLanguages()) : null;
        return new TikaSetup(new AutoDetectParser(loadConfig()), languages, options.timeoutSeconds());
    }

    /** Wanted languages that Tesseract has, joined with '+'; null when OCR cannot run. */
    static String usableLanguages(List<String> wanted) {
        Set<String> installed = TesseractProbe.installedLanguages().orElse(Set.of());
        List<String> usable = wanted.stream().filter(installed::contains).toList();
        if (usable.isEmpty() && installed.contains("eng")) {
            usable = List.of("eng");
        }
        return usable.isEmpty() ? null : String.join("+", usable);
    }

    private static TikaConfig loadConfig() {
        try (InputStream xml = TikaSetup.class.getResourceAsStream(CONFIG)) {
            if (xml == null) {
                throw new IllegalStateException("missing " + CONFIG);
            }
            return new TikaConfig(xml);
        } catch (IOException | TikaException | SAXException e) {
            throw new IllegalStateException("cannot load " + CONFIG, e);
        }
    }

    Parser parser() {
        return parser;
    }

    boolean ocrActive() {
        return ocrLanguages != null;
    }

    /** A fresh context for one item, whose embedded items go to {@code embedded}. */
    ParseContext newContext(EmbeddedDocumentExtractor embedded) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, parser);
        context.set(EmbeddedDocumentExtractor.class, embedded);
        TesseractOCRConfig ocr = new TesseractOCRConfig();
        PDFParserConfig pdf = new PDFParserConfig();
        if (ocrActive()) {
            ocr.setLanguage(ocrLanguages);
            // Below the parent's timeout, so Tesseract is stopped by Tika before the worker itself is killed.
            ocr.setTimeoutSeconds(Math.max(1, timeoutSeconds - 2));
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            ocr.setSkipOcr(true);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, ocr);
        context.set(PDFParserConfig.class, pdf);
        return context;
    }
}
