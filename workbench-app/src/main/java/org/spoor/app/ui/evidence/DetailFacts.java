package org.spoor.app.ui.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.spoor.app.ui.common.Messages;
import org.spoor.custody.CustodyEvent;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;

/** The detail pane's facts about an exhibit as label and value texts, in the window's language. */
public final class DetailFacts {

    /** One line of the facts grid. */
    public record Fact(String label, String value) {
    }

    private final Messages messages;
    private final ExhibitFormat format;

    public DetailFacts(Messages messages, ExhibitFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** What is known about the exhibit; facts with no value are left out, a problem is never left out. */
    public List<Fact> facts(ExhibitDetail detail) {
        Exhibit e = detail.exhibit();
        List<Fact> facts = new ArrayList<>();
        add(facts, "evidence.fact.name", e.originalName());
        add(facts, "evidence.fact.foundIn", lineage(detail.lineage()));
        add(facts, "evidence.fact.path", e.originalPath());
        add(facts, "evidence.fact.type", e.mediaType());
        add(facts, "evidence.fact.size", format.size(e.sizeBytes()) + " (" + messages.format(
                "evidence.fact.bytes", e.sizeBytes()) + ")");
        add(facts, "evidence.fact.sha256", e.sha256());
        add(facts, "evidence.fact.md5", e.md5());
        add(facts, "evidence.fact.seizedAt", e.seizedPlace());
        add(facts, "evidence.fact.seizedOn", format.time(e.seizedAt()));
        add(facts, "evidence.fact.seal", e.sealNo());
        add(facts, "evidence.fact.custodian", e.custodian());
        add(facts, "evidence.fact.entered", format.preciseTime(e.enteredAt()));
        if (detail.childCount() > 0) {
            add(facts, "evidence.fact.contains", messages.format("evidence.fact.items", detail.childCount()));
        }
        detail.content().ifPresent(content -> contentFacts(facts, content));
        return facts;
    }

    private void contentFacts(List<Fact> facts, ExhibitContent c) {
        add(facts, "evidence.fact.language", language(c.language()));
        if (c.ocrApplied()) {
            add(facts, "evidence.fact.ocr", messages.text("evidence.fact.ocr.applied"));
        }
        if (c.hasProblem()) {
            add(facts, "evidence.fact.problem", c.problemKind() + (c.problemReason() == null ? ""
                    : ": " + c.problemReason()));
        }
        if (c.photoLatitude() != null && c.photoLongitude() != null) {
            add(facts, "evidence.fact.photoPlace", String.format(Locale.ROOT, "%.6f, %.6f", c.photoLatitude(),
                    c.photoLongitude()));
        }
        if (c.photoTakenAt() != null) {
            add(facts, "evidence.fact.photoTaken", format.preciseTime(c.photoTakenAt())
                    + (c.photoOffset() == null ? "" : " (" + messages.format("evidence.fact.cameraOffset",
                    c.photoOffset()) + ")"));
        }
        add(facts, "evidence.fact.photoDevice", c.photoDevice());
    }

    /** One line per custody event: when, who, what, where, why. */
    public List<String> custody(ExhibitDetail detail) {
        return detail.custody().stream().map(this::custodyLine).collect(Collectors.toList());
    }

    private String custodyLine(CustodyEvent event) {
        return messages.format("evidence.custody.line", format.preciseTime(event.at()), event.actor(),
                event.action(), orDash(event.place()), orDash(event.reason()));
    }

    /** A note under the text preview: how much of the text is shown, and whether there is any. */
    public String previewNote(ExhibitDetail detail) {
        if (detail.content().isEmpty()) {
            return messages.text("evidence.preview.notExtracted");
        }
        if (detail.textChars() == 0) {
            return messages.text("evidence.preview.noText");
        }
        return detail.textCut()
                ? messages.format("evidence.preview.cut", detail.textPreview().length(), detail.textChars())
                : messages.format("evidence.preview.whole", detail.textChars());
    }

    private String language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(messages.locale());
        return name.isBlank() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private static String lineage(List<Exhibit> parents) {
        return parents.isEmpty() ? null : parents.stream().map(p -> p.ref() + " " + p.originalName())
                .collect(Collectors.joining(" › "));
    }

    private void add(List<Fact> facts, String key, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new Fact(messages.text(key), value));
        }
    }

    private static String orDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
