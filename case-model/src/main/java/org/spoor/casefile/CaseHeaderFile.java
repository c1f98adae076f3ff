package org.spoor.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.spoor.casefile.crypto.KdfParameters;
import org.spoor.casefile.storage.AtomicFiles;

/** Reads and writes the clear header {@code spoor-case.json}; treats what it reads as untrusted. */
final class CaseHeaderFile {

    private static final String FORMAT_NAME = "spoor-case";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final CaseFolder folder;

    CaseHeaderFile(CaseFolder folder) {
        this.folder = folder;
    }

    CaseHeader read() throws CaseException {
        if (!folder.looksLikeCase()) {
            throw new CaseException(CaseException.Kind.NOT_A_CASE, "case.error.notACase",
                    "Not a Spoor case (no " + CaseFolder.HEADER_FILE + "): " + folder.root(), folder.root());
        }
        try {
            JsonNode root = JSON.readTree(Files.readAllBytes(folder.header()));
            if (!FORMAT_NAME.equals(root.path("format").asText())) {
                throw damaged("not a Spoor case header");
            }
            int version = root.path("formatVersion").asInt(-1);
            if (version < 1 || version > CaseHeader.CURRENT_FORMAT_VERSION) {
                throw new CaseException(CaseException.Kind.NOT_A_CASE, "case.error.unknownVersion",
                        "This case was written by a newer Spoor (format " + version + ")", version);
            }
            JsonNode kdf = root.path("kdf");
            KdfParameters parameters = new KdfParameters(kdf.path("algorithm").asText(),
                    kdf.path("memoryKiB").asInt(), kdf.path("iterations").asInt(), kdf.path("parallelism").asInt(),
                    Base64.getDecoder().decode(kdf.path("salt").asText()));
            parameters.validate();
            String caseId = root.path("caseId").asText();
            if (caseId.isEmpty()) {
                throw damaged("no case id");
            }
            byte[] wrapped = Base64.getDecoder().decode(root.path("wrappedDataKey").asText());
            return new CaseHeader(version, caseId, parameters, wrapped);
        } catch (IOException | IllegalArgumentException e) {
            throw damaged(e.getMessage());
        }
    }

    void write(CaseHeader header) throws IOException {
        Map<String, Object> kdf = new LinkedHashMap<>();
        kdf.put("algorithm", header.kdf().algorithm());
        kdf.put("memoryKiB", header.kdf().memoryKiB());
        kdf.put("iterations", header.kdf().iterations());
        kdf.put("parallelism", header.kdf().parallelism());
        kdf.put("salt", Base64.getEncoder().encodeToString(header.kdf().salt()));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT_NAME);
        root.put("formatVersion", header.formatVersion());
        root.put("caseId", header.caseId());
        root.put("kdf", kdf);
        root.put("wrappedDataKey", Base64.getEncoder().encodeToString(header.wrappedDataKey()));
        AtomicFiles.write(folder.header(), JSON.writeValueAsBytes(root));
    }

    private CaseException damaged(String why) {
        return new CaseException(CaseException.Kind.NOT_A_CASE, "case.error.damagedHeader",
                "The case header " + folder.header() + " is damaged: " + why, folder.header(), why);
    }
}
