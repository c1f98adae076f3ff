package org.spoor.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Canonical JSON for audit details (sorted keys, no whitespace) and the journal's record form. */
public final class AuditJson {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private AuditJson() {
    }

    public static String canonical(Map<String, ?> details) {
        try {
            return CANONICAL.writeValueAsString(details);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return CANONICAL.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] toJournalRecord(AuditEntry entry) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("seq", entry.seq());
        record.put("at", entry.at().toString());
        record.put("actor", entry.actor());
        record.put("action", entry.action());
        record.put("subject", entry.subject());
        record.put("details", entry.details());
        record.put("prevHash", entry.prevHash());
        record.put("entryHash", entry.entryHash());
        try {
            return CANONICAL.writeValueAsBytes(record);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static AuditEntry fromJournalRecord(byte[] bytes) throws IOException {
        JsonNode node = CANONICAL.readTree(bytes);
        return new AuditEntry(node.path("seq").asLong(), Instant.parse(node.path("at").asText()),
                node.path("actor").asText(), node.path("action").asText(),
                node.path("subject").isNull() ? null : node.path("subject").asText(),
                node.path("details").asText(), node.path("prevHash").asText(), node.path("entryHash").asText());
    }
}
