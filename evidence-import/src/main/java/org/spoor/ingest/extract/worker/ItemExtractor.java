package org.spoor.ingest.extract.worker;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ToTextContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;
import org.spoor.ingest.extract.ExtractionProblem;
import org.spoor.ingest.extract.ExtractionProblem.Kind;
import org.spoor.ingest.extract.MediaTypeSniffer;
import org.spoor.ingest.extract.WorkerChannel;
import org.spoor.ingest.extract.WorkerFrame;

/**
 * Parses one item with Tika and reports it, after the items embedded in it (which Tika hands to
 * {@link ScratchEmbeddedExtractor}, which calls back here one level deeper). Every item is its own failure
 * boundary: whatever one parser throws, even out of memory, is named on that item and its siblings go on.
 */
final class ItemExtractor {

    static final String TEXT_TRUNCATED = "spoor:text-truncated";
    private static final String RAR_REASON = "RAR archives are not supported (no open-source RAR reader);"
            + " extract it with another tool and import the folder";

    private final WorkerOptions options;
    private final TikaSetup tika;
    private final LanguageGuesser languages;

    ItemExtractor(WorkerOptions options, TikaSetup tika, LanguageGuesser languages) {
        this.options = options;
        this.tika = tika;
        this.languages = languages;
    }

    /** Extracts one request's file and everything inside it; true when memory ran out along the way. */
    boolean extract(WorkerChannel.Request request, FrameSink sink) throws IOException {
        long rootSize = Files.size(request.file());
        RequestScope scope = new RequestScope(sink, new ScratchFiles(request.scratchDir()),
                EmbeddedBudget.forRoot(rootSize, options.maxEmbeddedBytes()));
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, lastSegment(request.displayName()));
        extractItem(scope, request.file(), request.displayName(), metadata, 0, -1);
        return scope.outOfMemory();
    }

    /** Reports an item and, if it may be opened, parses it (its embedded items land in between). */
    void extractItem(RequestScope scope, Path file, String name, Metadata metadata, int depth, long parentId)
            throws IOException {
        long id = scope.newId();
        scope.send(new WorkerFrame.Begin(id, parentId, name, parentId < 0 ? null : file.toString()));
        WorkerFrame.Finished finished;
        // A parser may have interrupted this thread (Tika's MockParser does on purpose); clear it so the
        // next item's file I/O does not fail with "interrupted".
        Thread.interrupted();
        try {
            finished = parse(scope, id, file, name, metadata, depth);
        } catch (OutOfMemoryError e) {
            scope.markOutOfMemory();
            finished = unopened(id, file, name, metadata, ExtractionProblem.of(Kind.OUT_OF_MEMORY,
                    "the parser ran out of memory on this item (worker heap " + options.heapMb() + " MB)"));
        } catch (IOException channelBroken) {
            throw channelBroken;
        } catch (Exception | Error e) {
            finished = unopened(id, file, name, metadata, ProblemClassifier.classify(e));
        }
        scope.send(finished);
    }

    /** Reports an embedded item that is kept but not opened (too deep, over budget, unreadable). */
    void reportUnopened(RequestScope scope, Path bytes, String name, Metadata metadata, long parentId,
                        ExtractionProblem problem) throws IOException {
        long id = scope.newId();
        scope.send(new WorkerFrame.Begin(id, parentId, name, bytes == null ? null : bytes.toString()));
        scope.send(unopened(id, bytes, name, metadata, problem));
    }

    private WorkerFrame.Finished parse(RequestScope scope, long id, Path file, String name, Metadata metadata,
                                       int depth) throws IOException {
        if (Files.size(file) == 0) {
            return unopened(id, file, name, metadata, ExtractionProblem.of(Kind.EMPTY, "the item is empty (0 bytes)"));
        }
        ScratchEmbeddedExtractor embedded = new ScratchEmbeddedExtractor(this, scope, id, depth + 1,
                options.maxDepth());
        ParseContext context = tika.newContext(embedded);
        StringWriter text = new StringWriter();
        int limit = options.textLimit();
        BodyContentHandler handler = new BodyContentHandler(
                new WriteOutContentHandler(new ToTextContentHandler(text), limit, false, context));
        Throwable failure = null;
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            tika.parser().parse(in, handler, metadata, context);
        } catch (OutOfMemoryError e) {
            throw e;
        } catch (Exception | StackOverflowError | LinkageError e) {
            failure = e;
        }
        Thread.interrupted();
        if (failure != null && OcrFailure.isOcrFailure(failure)) {
            metadata.set(OcrFailure.OCR_ERROR, MetadataCleaner.cleanValue(failure.getMessage()));
            failure = OcrFailure.isTimeout(failure) ? failure : null;
        }
        String cleanText = MetadataCleaner.cleanText(text.toString());
        if (text.getBuffer().length() >= limit && limit > 0) {
            metadata.set(TEXT_TRUNCATED, "true");
        }
        String mediaType = mediaType(metadata);
        ExtractionProblem problem = failure != null ? ProblemClassifier.classify(failure)
                : afterParse(mediaType, metadata, scope, depth);
        Map<String, List<String>> cleanMetadata = MetadataCleaner.clean(metadata);
        boolean ocr = ocrApplied(metadata);
        if (problem == null && cleanText.isBlank() && embedded.children() == 0 && !ocr
                && !MetadataCleaner.saysSomething(cleanMetadata)) {
            problem = ExtractionProblem.of(Kind.EMPTY, "nothing readable found: no text or metadata in this "
                    + mediaType + " file");
        }
        return new WorkerFrame.Finished(id, mediaType, cleanText, languages.guess(cleanText), cleanMetadata,
                PhotoFactsReader.read(metadata), ocr, problem);
    }

    /** A parse that "worked" can still mean nothing was read: no parser for the type, or budget exhausted. */
    private ExtractionProblem afterParse(String mediaType, Metadata metadata, RequestScope scope, int depth) {
        if (mediaType.equals("application/x-rar-compressed") || mediaType.equals("application/vnd.rar")) {
            return ExtractionProblem.of(Kind.UNSUPPORTED, RAR_REASON);
        }
        if (depth == 0 && scope.budget().exhausted()) {
            return ExtractionProblem.of(Kind.TOO_LARGE, "possible zip bomb: its embedded content exceeds "
                    + (scope.budget().limit() >> 20) + " MB; extraction stopped there");
        }
        String[] parsedBy = metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY);
        boolean noParser = parsedBy.length > 0
                && List.of(parsedBy).stream().allMatch(parser -> parser.endsWith(".EmptyParser"));
        if (noParser) {
            return ExtractionProblem.of(Kind.UNSUPPORTED, "no text extractor for this format (" + mediaType
                    + "); the original is kept");
        }
        return null;
    }

    private boolean ocrApplied(Metadata metadata) {
        if (!tika.ocrActive()) {
            return false;
        }
        boolean imageOcr = List.of(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY)).stream()
                .anyMatch(parser -> parser.endsWith(".TesseractOCRParser"));
        String pdfPages = metadata.get("pdf:ocrPageCount");
        return imageOcr || (pdfPages != null && !pdfPages.equals("0"));
    }

    private WorkerFrame.Finished unopened(long id, Path file, String name, Metadata metadata,
                                          ExtractionProblem problem) {
        String mediaType = metadata.get(Metadata.CONTENT_TYPE) != null ? mediaType(metadata)
                : MediaTypeSniffer.sniff(file, name);
        return new WorkerFrame.Finished(id, mediaType, "", null, MetadataCleaner.clean(metadata), null, false,
                problem);
    }

    private static String mediaType(Metadata metadata) {
        MediaType type = MediaType.parse(metadata.get(Metadata.CONTENT_TYPE));
        return type == null ? "application/octet-stream" : type.getBaseType().toString();
    }

    static String lastSegment(String name) {
        String normalised = name == null ? "" : name.replace('\\', '/');
        return normalised.substring(normalised.lastIndexOf('/') + 1);
    }
}
