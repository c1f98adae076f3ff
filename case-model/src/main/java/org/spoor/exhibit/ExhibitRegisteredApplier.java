package org.spoor.exhibit;

import static org.spoor.casefile.db.Tables.EXHIBIT;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.jooq.DSLContext;
import org.spoor.audit.AuditActions;
import org.spoor.audit.AuditEntry;
import org.spoor.audit.CaseEventApplier;
import org.spoor.casefile.db.tables.records.ExhibitRecord;
import org.spoor.custody.CustodyRecordedApplier;

/** Writes the exhibit row and its first custody event of an {@code exhibit.registered} entry. */
public final class ExhibitRegisteredApplier implements CaseEventApplier {

    @Override
    public String action() {
        return AuditActions.EXHIBIT_REGISTERED;
    }

    @Override
    public void apply(DSLContext transaction, AuditEntry entry, JsonNode details) {
        JsonNode e = details.path("exhibit");
        ExhibitRecord row = transaction.newRecord(EXHIBIT);
        row.setId(e.path("id").asLong());
        row.setRef(e.path("ref").asText());
        row.setParentId(e.path("parentId").isNull() ? null : e.path("parentId").asLong());
        row.setImportId(text(e, "importId"));
        row.setOriginalName(e.path("originalName").asText());
        row.setOriginalPath(text(e, "originalPath"));
        row.setSizeBytes(e.path("sizeBytes").asLong());
        row.setSha256(e.path("sha256").asText());
        row.setMd5(e.path("md5").asText());
        row.setBlobId(e.path("blobId").asText());
        row.setMediaType(text(e, "mediaType"));
        row.setSeizedPlace(text(e, "seizedPlace"));
        String seizedAt = text(e, "seizedAt");
        row.setSeizedAt(seizedAt == null ? null : Instant.parse(seizedAt).atOffset(ZoneOffset.UTC));
        row.setSealNo(text(e, "sealNo"));
        row.setCustodian(text(e, "custodian"));
        row.setDescription(text(e, "description"));
        row.setDisclosure(e.path("disclosure").asText());
        row.setEnteredAt(OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC));
        row.insert();
        CustodyRecordedApplier.insertEvent(transaction, entry, row.getId(), details.path("custody"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
