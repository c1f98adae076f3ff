package org.spoor.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.spoor.casefile.CaseFile;
import org.spoor.comms.Attachment;
import org.spoor.comms.Call;
import org.spoor.comms.CallRepository;
import org.spoor.comms.ContactRepository;
import org.spoor.comms.Message;
import org.spoor.comms.MessageRepository;
import org.spoor.comms.Party;
import org.spoor.comms.RecordedTime;
import org.spoor.comms.SourceRef;
import org.spoor.exhibit.Exhibit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spoor comms DIR [--json]}: the messages and calls of every phone in the case, normalised: UTC
 * time with the offset the phone wrote, direction, parties in E.164 with the name the phone (or its
 * address book) gives them, and the exhibit and row each record came from.
 */
@Command(name = "comms", mixinStandardHelpOptions = true, description = "List messages and calls, normalised.")
final class CommsCommand implements Callable<Integer> {

    private static final java.util.regex.Pattern E164 = java.util.regex.Pattern.compile("\\+[1-9]\\d{5,14}");

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DIR", description = "The case")
    Path caseDir;

    @Option(names = "--json", description = "Print one JSON document")
    boolean json;

    CommsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        try (CaseFile opened = CaseOpener.open(context, caseDir)) {
            Map<String, String> names = new ContactRepository(opened.db()).namesByIdentifier();
            Sources sources = new Sources(opened);
            MessageRepository messages = new MessageRepository(opened.db());
            CallRepository calls = new CallRepository(opened.db());
            long messageCount = messages.count();
            long callCount = calls.count();
            opened.audit().record(opened.actor(), "comms.listed", null,
                    Map.of("messages", messageCount, "calls", callCount));
            // Record by record from the case to the terminal: a phone of a million messages is never held.
            Records records = new Records(messages, calls);
            if (json) {
                context.json().stream(out -> {
                    out.startObject();
                    out.field("totals", Map.of("messages", messageCount, "calls", callCount));
                    out.startArray("messages");
                    records.messages(m -> out.element(message(m, names, sources)));
                    out.endArray();
                    out.startArray("calls");
                    records.calls(c -> out.element(call(c, names, sources)));
                    out.endArray();
                    out.endObject();
                });
            } else {
                context.out().println(context.messages().get("cli.comms.total", messageCount, callCount));
                records.messages(m -> context.out().println(messageLine(message(m, names, sources))));
                records.calls(c -> context.out().println(callLine(call(c, names, sources))));
            }
        }
        return ExitCodes.DONE;
    }

    /** The case's messages and calls, exhibit by exhibit, in time order within each. */
    private record Records(MessageRepository messages, CallRepository calls) {

        void messages(RecordWriting.Write<Message> each) throws IOException {
            for (long exhibitId : messages.exhibitIds()) {
                RecordWriting.each(out -> messages.forEachByExhibit(exhibitId, out), each);
            }
        }

        void calls(RecordWriting.Write<Call> each) throws IOException {
            for (long exhibitId : calls.exhibitIds()) {
                for (Call call : calls.findByExhibit(exhibitId)) {
                    each.accept(call);
                }
            }
        }
    }

    private static Map<String, Object> message(Message message, Map<String, String> names, Sources sources) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", message.id());
        doc.put("kind", "message");
        doc.put("service", message.service());
        doc.put("direction", message.direction().name());
        time(doc, message.sentAt());
        doc.put("conversation", message.conversationKey());
        doc.put("sender", party(message.sender(), names));
        doc.put("recipients", message.recipients().stream().map(p -> party(p, names)).collect(Collectors.toList()));
        doc.put("body", message.body());
        doc.put("status", message.status());
        doc.put("deleted", message.deleted());
        doc.put("attachments", message.attachments().stream().map(a -> attachment(a, sources))
                .collect(Collectors.toList()));
        sources.cite(doc, message.source());
        return doc;
    }

    private static Map<String, Object> call(Call call, Map<String, String> names, Sources sources) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", call.id());
        doc.put("kind", "call");
        doc.put("service", call.service());
        doc.put("direction", call.direction().name());
        time(doc, call.startedAt());
        doc.put("party", party(call.counterpart(), names));
        doc.put("durationSeconds", call.durationSeconds());
        doc.put("answered", call.answered());
        doc.put("deleted", call.deleted());
        sources.cite(doc, call.source());
        return doc;
    }

    /** UTC instant, the offset the source wrote ("" when it stores bare UTC) and the time at that offset. */
    private static void time(Map<String, Object> doc, RecordedTime time) {
        doc.put("time", time == null ? null : time.instant().toString());
        doc.put("offset", time == null ? null : time.originalOffset());
        doc.put("localTime", time == null || time.originalOffset().isEmpty() ? null
                : time.instant().atOffset(ZoneOffset.of(time.originalOffset())).toString());
    }

    static Map<String, Object> party(Party party, Map<String, String> names) {
        if (party == null) {
            return null;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        // Recipients come back from the case as their comparison key only: a number that could not be
        // read as E.164 (a short code, a fictional 555 number) is its raw form, never a "number".
        String normalised = party.normalised();
        doc.put("number", normalised != null && E164.matcher(normalised).matches() ? normalised : null);
        doc.put("raw", party.raw());
        String name = party.displayName();
        doc.put("name", name != null ? name : party.key() == null ? null : names.get(party.key()));
        return doc;
    }

    private static Map<String, Object> attachment(Attachment attachment, Sources sources) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("fileName", attachment.fileName());
        doc.put("mediaType", attachment.mediaType());
        doc.put("sizeBytes", attachment.sizeBytes());
        doc.put("path", attachment.extractedPath());
        // The exhibit holding the file's bytes, linked by the import; else why the file has none.
        doc.put("exhibitId", attachment.childExhibitId());
        doc.put("exhibitRef", attachment.childExhibitId() == null ? null
                : sources.exhibit(attachment.childExhibitId()).map(Exhibit::ref).orElse(null));
        doc.put("sha256", attachment.sha256());
        doc.put("unlinkedBecause", attachment.linkProblem());
        return doc;
    }

    private static String messageLine(Map<String, Object> m) {
        String parties = who(m.get("sender")) + (m.get("recipients") instanceof List<?> to && !to.isEmpty()
                ? " -> " + String.join(", ", to.stream().map(CommsCommand::who).toList()) : "");
        Object body = m.get("body") == null ? "" : m.get("body");
        return m.get("time") + "  " + m.get("direction") + "  " + parties + "  " + body + "  [" + m.get("ref") + " "
                + m.get("locator") + "]";
    }

    private String callLine(Map<String, Object> c) {
        return c.get("time") + "  " + c.get("direction") + "  " + who(c.get("party")) + "  "
                + context.messages().get("cli.comms.call", c.get("durationSeconds"),
                        Boolean.TRUE.equals(c.get("answered")) ? 1 : 0)
                + "  [" + c.get("ref") + " " + c.get("locator") + "]";
    }

    @SuppressWarnings("unchecked")
    private static String who(Object party) {
        if (party == null) {
            return "-";
        }
        Map<String, Object> p = (Map<String, Object>) party;
        Object number = p.get("number") != null ? p.get("number") : p.get("raw");
        return p.get("name") == null ? String.valueOf(number) : number + " (" + p.get("name") + ")";
    }

    /** Exhibit references and file names for citations, each exhibit read once. */
    private static final class Sources {
        private final CaseFile opened;
        private final Map<Long, java.util.Optional<Exhibit>> exhibits = new HashMap<>();

        Sources(CaseFile opened) {
            this.opened = opened;
        }

        java.util.Optional<Exhibit> exhibit(long id) {
            return exhibits.computeIfAbsent(id, key -> opened.exhibits().byId(key));
        }

        void cite(Map<String, Object> doc, SourceRef source) {
            java.util.Optional<Exhibit> exhibit = exhibit(source.exhibitId());
            doc.put("exhibitId", source.exhibitId());
            doc.put("ref", exhibit.map(Exhibit::ref).orElse(null));
            doc.put("fileName", exhibit.map(Exhibit::originalName).orElse(null));
            doc.put("locator", source.locator());
        }
    }
}
