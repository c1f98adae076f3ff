package org.spoor.app.ui.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.spoor.audit.AuditEntry;

/**
 * Formats entries for people: times in the investigator's zone, ISO-ordered so they sort and read the
 * same in every language; details as {@code key: value} pairs instead of raw JSON.
 */
public final class AuditRowFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ZoneId zone;

    public AuditRowFormat(ZoneId zone) {
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /** "UTC+07:00": the offset in force now (none of the eight countries moves its clocks in summer). */
    public String zoneLabel() {
        ZoneOffset offset = zone.getRules().getOffset(Instant.now());
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }

    public AuditRow row(AuditEntry entry) {
        return new AuditRow(entry.seq(), TIME.format(entry.at().atZone(zone)), entry.actor(), entry.action(),
                entry.subject() == null ? "" : entry.subject(), readable(entry.details()), entry);
    }

    /** {@code {"a":"x","b":2}} becomes {@code a: x · b: 2}; anything that is not an object stays as it is. */
    static String readable(String details) {
        if (details == null || details.isBlank()) {
            return "";
        }
        try {
            JsonNode root = JSON.readTree(details);
            if (!root.isObject()) {
                return details;
            }
            StringBuilder text = new StringBuilder();
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull()) {
                    continue;
                }
                if (text.length() > 0) {
                    text.append(" · ");
                }
                JsonNode value = field.getValue();
                text.append(field.getKey()).append(": ")
                        .append(value.isValueNode() ? value.asText() : value.toString());
            }
            return text.toString();
        } catch (JsonProcessingException e) {
            return details;
        }
    }

    /** The full entry for the detail pane: pretty JSON and the two hashes that chain it. */
    public String fullText(AuditEntry entry) {
        String pretty;
        try {
            pretty = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(entry.details()));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            pretty = String.valueOf(entry.details());
        }
        return pretty + "\n\nentryHash " + entry.entryHash() + "\nprevHash  " + entry.prevHash();
    }
}
