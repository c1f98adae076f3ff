package org.spoor.ingest.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the item tree of one request from the worker's frames. When the worker is stopped midway, the items
 * it had finished are kept and every unfinished one (the item that hung and its containers) is named with the
 * reason.
 */
final class ItemAssembler {

    private final Path rootFile;
    private final String displayName;
    private final Path scratchDir;
    private final Map<Long, Node> nodes = new HashMap<>();
    private Node root;

    private static final class Node {
        final WorkerFrame.Begin begin;
        final Path bytes;
        final List<Node> children = new ArrayList<>();
        WorkerFrame.Finished finished;

        Node(WorkerFrame.Begin begin, Path bytes) {
            this.begin = begin;
            this.bytes = bytes;
        }
    }

    ItemAssembler(Path rootFile, String displayName, Path scratchDir) {
        this.rootFile = rootFile;
        this.displayName = displayName;
        this.scratchDir = scratchDir.toAbsolutePath().normalize();
    }

    void accept(WorkerFrame frame) {
        if (frame instanceof WorkerFrame.Begin begin) {
            Node node = new Node(begin, begin.parentId() < 0 ? rootFile : insideScratch(begin.bytesPath()));
            nodes.put(begin.id(), node);
            Node parent = nodes.get(begin.parentId());
            if (parent != null) {
                parent.children.add(node);
            } else if (root == null) {
                root = node;
            }
        } else if (frame instanceof WorkerFrame.Finished finished) {
            Node node = nodes.get(finished.id());
            if (node != null) {
                node.finished = finished;
            }
        }
    }

    /** The tree once the worker said the request is done. */
    ExtractedItem complete() {
        if (root == null) {
            return ExtractedItem.failed(displayName, rootFile, MediaTypeSniffer.sniff(rootFile, displayName),
                    ExtractionProblem.of(ExtractionProblem.Kind.PARSER_CRASH, "the parser worker returned nothing"));
        }
        return build(root, null);
    }

    /** The tree so far, with {@code problem} on every item the worker had not finished. */
    ExtractedItem abandon(ExtractionProblem problem) {
        if (root == null) {
            return ExtractedItem.failed(displayName, rootFile, MediaTypeSniffer.sniff(rootFile, displayName), problem);
        }
        return build(root, problem);
    }

    private ExtractedItem build(Node node, ExtractionProblem forUnfinished) {
        List<ExtractedItem> children = new ArrayList<>(node.children.size());
        node.children.forEach(child -> children.add(build(child, forUnfinished)));
        String name = node.begin.parentId() < 0 ? displayName : node.begin.name();
        WorkerFrame.Finished done = node.finished;
        if (done == null) {
            ExtractionProblem problem = forUnfinished != null ? forUnfinished : ExtractionProblem.of(
                    ExtractionProblem.Kind.PARSER_CRASH, "the parser worker did not finish this item");
            return new ExtractedItem(name, node.bytes, MediaTypeSniffer.sniff(node.bytes, name), "", null,
                    Map.of(), null, false, children, problem);
        }
        ExtractionProblem problem = done.problem();
        if (node.bytes == null && node.begin.parentId() >= 0 && problem == null) {
            problem = ExtractionProblem.of(ExtractionProblem.Kind.PARSER_CRASH,
                    "the worker reported bytes outside the scratch folder; they were not kept");
        }
        return new ExtractedItem(name, node.bytes, done.mediaType(), done.text(), done.language(), done.metadata(),
                done.photo(), done.ocrApplied(), children, problem);
    }

    /** Defence in depth: only paths inside the scratch folder are handed on as an item's bytes. */
    private Path insideScratch(String bytesPath) {
        if (bytesPath == null) {
            return null;
        }
        Path path = Path.of(bytesPath).toAbsolutePath().normalize();
        return path.startsWith(scratchDir) && !path.equals(scratchDir) ? path : null;
    }
}
