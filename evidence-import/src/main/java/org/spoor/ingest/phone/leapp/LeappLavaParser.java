package org.spoor.ingest.phone.leapp;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;
import org.spoor.ingest.phone.SqliteEvidence;

/**
 * The LAVA database newer ALEAPP/iLEAPP versions write beside their report ({@code _lava_artifacts.db},
 * abrignoni/ALEAPP {@code scripts/lavafuncs.py}): the tool's own tables ({@code _lava_media_items},
 * {@code _lava_media_references}, {@code _artifact_search_patterns}, {@code _file_path_list}) and one
 * table per artifact, named after the module's function, with the artifact's headers as sanitized
 * column names and 'datetime' columns as Unix seconds. Recognised by the tool's tables; each
 * artifact table by its columns, as a TSV is by its header.
 */
public final class LeappLavaParser implements PhoneArtifactParser {

    private static final Logger LOG = LoggerFactory.getLogger(LeappLavaParser.class);
    /** LAVA's own tables; an artifact table may also start with "_" (a function name led by a digit). */
    private static final Set<String> TOOL_TABLES = Set.of("_artifact_search_patterns", "_file_path_list",
            "_artifact_pattern_to_file", "_lava_media_items", "_lava_media_references");

    @Override
    public String name() {
        return "leapp-lava";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        Set<String> tables = SqliteEvidence.tableNames(file);
        return tables.contains("_lava_media_items") && tables.contains("_lava_media_references");
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (SqliteEvidence db = SqliteEvidence.open(file, context)) {
            for (String table : artifactTables(db)) {
                List<String> columns = new ArrayList<>(db.columns(table));
                Optional<LeappArtifact> artifact = LeappArtifact.recognise(LeappColumns.sanitizeAll(columns));
                if (artifact.isEmpty()) {
                    LOG.debug("LAVA table {} of {} is not an artifact Spoor maps", table, file.getFileName());
                    continue;
                }
                List<String> missing = artifact.get().missing(LeappColumns.sanitizeAll(columns));
                if (!missing.isEmpty()) {
                    // One artifact of a newer layout must not cost the rest of the report.
                    LOG.warn("LAVA table {} of {} looks like {} but lacks {}: not read", table,
                            file.getFileName(), artifact.get().label(), missing);
                    continue;
                }
                read(db, table, artifact.get(), new LeappRecordMapper(context, sink, artifact.get().label()));
            }
        } catch (SQLException e) {
            throw SqliteEvidence.damaged(file, e);
        }
    }

    private static List<String> artifactTables(SqliteEvidence db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String lower = name.toLowerCase(Locale.ROOT);
                if (!TOOL_TABLES.contains(lower) && !lower.startsWith("sqlite_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private static void read(SqliteEvidence db, String table, LeappArtifact artifact, LeappRecordMapper mapper)
            throws SQLException {
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (Statement st = db.connection().createStatement();
                ResultSet rs = st.executeQuery("SELECT rowid AS lava_rowid, * FROM " + quoted + " ORDER BY rowid")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> values = new HashMap<>();
                for (int i = 2; i <= meta.getColumnCount(); i++) {
                    Object v = rs.getObject(i);
                    if (v != null && !v.toString().isBlank()) {
                        values.put(LeappColumns.sanitize(meta.getColumnName(i)), v.toString().trim());
                    }
                }
                String locator = table + ":rowid=" + rs.getLong(1);
                mapper.map(artifact, new LeappRow() {
                    @Override
                    public String get(String column) {
                        return values.get(column);
                    }

                    @Override
                    public String locator() {
                        return locator;
                    }
                });
            }
        }
    }

    static PhoneParseException unknownVersion(Path file, LeappArtifact artifact, List<String> missing) {
        String reason = artifact.label() + " without the column(s) " + String.join(", ", missing);
        return new PhoneParseException("phone.parse.leappUnknownVersion",
                "ALEAPP/iLEAPP artifact of an unknown version: " + reason, file.getFileName(), reason);
    }
}
