package org.spoor.ingest.phone.leapp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spoor.ingest.phone.PhoneArtifactParser;
import org.spoor.ingest.phone.PhoneParseContext;
import org.spoor.ingest.phone.PhoneParseException;
import org.spoor.ingest.phone.PhoneRecordSink;

/**
 * One TSV of an ALEAPP/iLEAPP report's {@code _TSV Exports} folder, recognised by its header row
 * carrying a known artifact's {@code data_headers} (the file's name is not consulted). A TSV of an
 * artifact Spoor does not map is not claimed: it stays a text exhibit whose rows are searchable.
 * A known artifact lacking columns Spoor needs is named as an unknown version with those columns.
 */
public final class LeappTsvParser implements PhoneArtifactParser {

    private static final int HEADER_BYTES = 16 * 1024;

    @Override
    public String name() {
        return "leapp-tsv";
    }

    @Override
    public boolean accepts(Path file, String mediaType) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < 4) {
            return false;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEADER_BYTES);
        }
        return header(head).flatMap(h -> LeappArtifact.recognise(LeappColumns.sanitizeAll(h))).isPresent();
    }

    /** The first line's cells if it looks like a TSV header: UTF-8, tab-separated, no control bytes. */
    static Optional<List<String>> header(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = start;
        while (end < head.length && head[end] != '\n' && head[end] != '\r') {
            byte b = head[end];
            if (b == 0 || (b >= 0 && b < 0x20 && b != '\t')) {
                return Optional.empty();
            }
            end++;
        }
        String line = new String(head, start, end - start, StandardCharsets.UTF_8);
        if (!line.contains("\t")) {
            return Optional.empty();
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\t", -1)) {
            cells.add(cell.startsWith("\"") && cell.endsWith("\"") && cell.length() > 1
                    ? cell.substring(1, cell.length() - 1) : cell);
        }
        return Optional.of(cells);
    }

    @Override
    public void parse(Path file, PhoneParseContext context, PhoneRecordSink sink) throws PhoneParseException,
            IOException {
        try (BufferedReader text = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LeappTsvReader reader = new LeappTsvReader(text);
            List<String> header = reader.next();
            List<String> columns = LeappColumns.sanitizeAll(header == null ? List.of() : stripBom(header));
            LeappArtifact artifact = LeappArtifact.recognise(columns).orElseThrow(() -> new PhoneParseException(
                    "phone.parse.leappUnknownVersion", "not an ALEAPP/iLEAPP artifact this version of Spoor knows",
                    file.getFileName(), "-"));
            List<String> missing = artifact.missing(columns);
            if (!missing.isEmpty()) {
                throw LeappLavaParser.unknownVersion(file, artifact, missing);
            }
            LeappRecordMapper mapper = new LeappRecordMapper(context, sink, artifact.label());
            int rowNumber = 0;
            List<String> cells;
            while ((cells = reader.next()) != null) {
                rowNumber++;
                if (cells.size() == 1 && cells.get(0).isEmpty()) {
                    continue;
                }
                mapper.map(artifact, row(columns, cells, rowNumber));
            }
        } catch (LeappTsvReader.UnterminatedCell e) {
            throw new PhoneParseException("phone.parse.leappDamagedTsv",
                    "damaged ALEAPP/iLEAPP TSV: it ends inside a quoted cell (cut short)", e, file.getFileName(),
                    "ends inside a quoted cell");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new PhoneParseException("phone.parse.leappDamagedTsv", "damaged ALEAPP/iLEAPP TSV: not UTF-8 text",
                    e, file.getFileName(), "not UTF-8 text");
        }
    }

    private static List<String> stripBom(List<String> header) {
        List<String> copy = new ArrayList<>(header);
        if (!copy.isEmpty()) {
            copy.set(0, copy.get(0).replace("\uFEFF", ""));
        }
        return copy;
    }

    private static LeappRow row(List<String> columns, List<String> cells, int rowNumber) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < columns.size() && i < cells.size(); i++) {
            String v = cells.get(i).trim();
            if (!v.isEmpty()) {
                values.putIfAbsent(columns.get(i), v);
            }
        }
        String locator = "row:" + rowNumber;
        return new LeappRow() {
            @Override
            public String get(String column) {
                return values.get(column);
            }

            @Override
            public String locator() {
                return locator;
            }
        };
    }
}
