package org.spoor.reports.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spoor.reports.bundle.disclosure.DisclosedCase;
import org.spoor.reports.bundle.disclosure.DisclosureFilter;
import org.spoor.reports.bundle.model.BundleRequest;
import org.spoor.reports.bundle.model.CallLogTable;
import org.spoor.reports.bundle.model.CaseSummary;
import org.spoor.reports.bundle.model.DocumentText;
import org.spoor.reports.bundle.model.ExhibitContent;
import org.spoor.reports.bundle.model.ExhibitEntry;
import org.spoor.reports.bundle.model.ImageContent;
import org.spoor.reports.bundle.model.MessageThread;
import org.spoor.reports.bundle.model.NoContent;

/**
 * {@code data/exhibits.json}: the machine-readable exhibit index a reviewer browses and searches. It
 * is made from the same {@link DisclosureFilter} as the bundle, so a withheld exhibit, or a redacted
 * passage, cannot reach it when it cannot reach the PDF.
 */
final class ExhibitIndex {

    static final String FORMAT = "spoor-exhibit-index/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExhibitIndex() {
    }

    /**
     * @param names exhibit reference → the original's file name as seized (disclosed originals only)
     * @param paths exhibit reference → pack paths of its originals
     */
    static byte[] json(BundleRequest request, Map<String, String> names, Map<String, List<String>> paths)
            throws JsonProcessingException {
        DisclosedCase disclosed = new DisclosureFilter().apply(request);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("case", caseOf(disclosed.summary()));
        List<Map<String, Object>> exhibits = new ArrayList<>();
        for (ExhibitEntry exhibit : disclosed.exhibits()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("ref", exhibit.ref());
            entry.put("name", names.getOrDefault(exhibit.ref(), ""));
            entry.put("description", exhibit.description());
            entry.put("source", exhibit.source());
            entry.put("seizurePlace", exhibit.seizurePlace());
            entry.put("seizureTime", exhibit.seizureTime() == null ? "" : exhibit.seizureTime().toString());
            entry.put("seal", exhibit.seal());
            entry.put("custodian", exhibit.custodian());
            entry.put("sha256", exhibit.sha256());
            entry.put("md5", exhibit.md5());
            entry.put("mediaType", exhibit.mediaType());
            entry.put("kind", kind(exhibit.content()));
            entry.put("text", text(exhibit.content()));
            entry.put("originals", paths.getOrDefault(exhibit.ref(), List.of()));
            exhibits.add(entry);
        }
        doc.put("exhibits", exhibits);
        doc.put("withheldExhibits", request.exhibits().size() - disclosed.exhibits().size());
        return JSON.writeValueAsBytes(doc);
    }

    private static Map<String, Object> caseOf(CaseSummary summary) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", summary.title());
        info.put("caseNumber", summary.caseNumber());
        info.put("unit", summary.unit());
        info.put("investigator", summary.investigator());
        info.put("prosecutorOffice", summary.prosecutorOffice());
        info.put("jurisdiction", summary.jurisdiction());
        info.put("handlingBanner", summary.handlingBanner());
        return info;
    }

    static String kind(ExhibitContent content) {
        if (content instanceof DocumentText) {
            return "document";
        }
        if (content instanceof MessageThread) {
            return "messages";
        }
        if (content instanceof CallLogTable) {
            return "calls";
        }
        if (content instanceof ImageContent) {
            return "image";
        }
        return "none";
    }

    /** The exhibit's body as plain text, as the bundle prints it (times local, with their offset). */
    static String text(ExhibitContent content) {
        StringBuilder text = new StringBuilder();
        if (content instanceof DocumentText document) {
            text.append(document.text());
        } else if (content instanceof MessageThread thread) {
            if (!thread.title().isBlank()) {
                text.append(thread.title()).append('\n');
            }
            thread.lines().forEach(line -> text.append(line.localTime()).append("  ").append(line.sender())
                    .append(": ").append(line.text()).append('\n'));
        } else if (content instanceof CallLogTable calls) {
            calls.calls().forEach(call -> text.append(call.localTime()).append("  ").append(call.direction())
                    .append("  ").append(call.number()).append(call.name().isBlank() ? "" : " (" + call.name() + ")")
                    .append("  ").append(call.duration().toSeconds()).append(" s\n"));
        } else if (content instanceof ImageContent image) {
            image.exif().forEach((key, value) -> text.append(key).append(": ").append(value).append('\n'));
        } else if (content instanceof NoContent none) {
            text.append(none.note());
        }
        return text.toString();
    }
}
