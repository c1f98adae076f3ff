package org.spoor.ingest.extract.worker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.spoor.ingest.extract.ExtractionProblem;
import org.spoor.ingest.extract.ExtractionProblem.Kind;
import org.xml.sax.ContentHandler;

/**
 * Receives the items Tika finds inside a container (archive entries, attachments, embedded images), writes
 * each one's exact bytes to scratch and extracts it as an item of its own, one level deeper. The container's
 * text gets none of the embedded text: each item carries its own.
 */
final class ScratchEmbeddedExtractor implements EmbeddedDocumentExtractor {

    private final ItemExtractor items;
    private final RequestScope scope;
    private final long parentId;
    private final int depth;
    private final int maxDepth;
    private int unnamed;
    private int children;

    ScratchEmbeddedExtractor(ItemExtractor items, RequestScope scope, long parentId, int depth, int maxDepth) {
        this.items = items;
        this.scope = scope;
        this.parentId = parentId;
        this.depth = depth;
        this.maxDepth = maxDepth;
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        return !scope.budget().exhausted();
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler containerText, Metadata metadata,
                              boolean outputHtml) throws IOException {
        if (scope.budget().exhausted()) {
            return;
        }
        children++;
        String name = nameOf(metadata);
        Path bytes = scope.scratch().newFile(name);
        try {
            scope.budget().copy(stream, bytes);
            DirectoryEntry storage = OleStorageWriter.storageOf(stream);
            if (storage != null && Files.size(bytes) == 0) {
                OleStorageWriter.write(storage, bytes);
                scope.budget().account(Files.size(bytes));
            }
        } catch (EmbeddedBudget.BudgetExceededException overBudget) {
            Files.deleteIfExists(bytes);
            items.reportUnopened(scope, null, name, metadata, parentId, ExtractionProblem.of(Kind.TOO_LARGE,
                    "possible zip bomb: " + overBudget.getMessage() + "; this item and the rest were not extracted"));
            return;
        } catch (IOException | RuntimeException unreadable) {
            Files.deleteIfExists(bytes);
            items.reportUnopened(scope, null, name, metadata, parentId,
                    ProblemClassifier.classify(unreadable));
            return;
        }
        if (depth > maxDepth) {
            items.reportUnopened(scope, bytes, name, metadata, parentId, ExtractionProblem.of(Kind.TOO_DEEP,
                    "nested " + depth + " levels deep (limit " + maxDepth + "): kept, not opened"));
            return;
        }
        items.extractItem(scope, bytes, name, metadata, depth, parentId);
    }

    /** How many items this container handed over. */
    int children() {
        return children;
    }

    /** The name the container gives the item (entry path, attachment name), else a generated one. */
    private String nameOf(Metadata metadata) {
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        if (name == null || name.isBlank()) {
            name = metadata.get(TikaCoreProperties.INTERNAL_PATH);
        }
        if (name == null || name.isBlank()) {
            name = metadata.get(TikaCoreProperties.EMBEDDED_RELATIONSHIP_ID);
        }
        if (name == null || name.isBlank()) {
            name = "embedded-" + (++unnamed);
        }
        return MetadataCleaner.cleanValue(name);
    }
}
