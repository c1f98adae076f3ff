package org.spoor.reports.pack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exhibit list of an opened pack: from {@code data/exhibits.json}, or, for a pack written
 * without one, from {@code spoor-originals.tsv} (references, names and paths, no text).
 */
final class ExhibitIndexReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExhibitIndexReader() {
    }

    record Index(PackCase caseInfo, List<PackExhibit> exhibits, int withheld) {
    }

    static Index read(byte[] exhibitsJson, byte[] originalNames, Map<String, String> bagInfo,
                      Map<String, String> manifest) throws IOException {
        String caseId = bagInfo.getOrDefault("External-Identifier", "");
        int withheld = parseInt(bagInfo.get("Spoor-Withheld-Originals"));
        if (exhibitsJson == null) {
            return new Index(new PackCase(caseId, bagInfo.getOrDefault("External-Description", ""), "", "", "", "",
                    "", ""), fromNames(originalNames, manifest), withheld);
        }
        JsonNode doc = JSON.readTree(exhibitsJson);
        if (!ExhibitIndex.FORMAT.equals(doc.path("format").asText())) {
            throw new IOException("data/exhibits.json is not a Spoor exhibit index: " + doc.path("format").asText());
        }
        JsonNode c = doc.path("case");
        PackCase info = new PackCase(caseId, c.path("title").asText(""), c.path("caseNumber").asText(""),
                c.path("unit").asText(""), c.path("investigator").asText(""), c.path("prosecutorOffice").asText(""),
                c.path("jurisdiction").asText(""), c.path("handlingBanner").asText(""));
        List<PackExhibit> exhibits = new ArrayList<>();
        for (JsonNode e : doc.path("exhibits")) {
            List<String> paths = new ArrayList<>();
            e.path("originals").forEach(p -> paths.add(p.asText()));
            exhibits.add(new PackExhibit(e.path("ref").asText(), e.path("name").asText(""),
                    e.path("description").asText(""), e.path("source").asText(""), e.path("seizurePlace").asText(""),
                    e.path("seizureTime").asText(""), e.path("seal").asText(""), e.path("custodian").asText(""),
                    e.path("sha256").asText(""), e.path("md5").asText(""), e.path("mediaType").asText(""),
                    e.path("kind").asText(""), e.path("text").asText(""), paths));
        }
        return new Index(info, exhibits, doc.path("withheldExhibits").asInt(withheld));
    }

    private static List<PackExhibit> fromNames(byte[] originalNames, Map<String, String> manifest) {
        Map<String, PackExhibit> byRef = new LinkedHashMap<>();
        if (originalNames == null) {
            return List.of();
        }
        String[] lines = new String(originalNames, StandardCharsets.UTF_8).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split("\t", 3);
            if (cells.length < 3) {
                continue;
            }
            PackExhibit known = byRef.get(cells[1]);
            List<String> paths = new ArrayList<>(known == null ? List.of() : known.originals());
            paths.add(cells[0]);
            byRef.put(cells[1], new PackExhibit(cells[1], known == null ? cells[2] : known.name(), "", "", "", "", "",
                    "", manifest.getOrDefault(paths.get(0), ""), "", "", "none", "", paths));
        }
        return List.copyOf(byRef.values());
    }

    static Map<String, String> bagInfo(byte[] bytes) {
        Map<String, String> info = new LinkedHashMap<>();
        if (bytes == null) {
            return info;
        }
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                info.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        return info;
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
