package org.spoor.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A reviewer's comments on one case pack, as the small {@code .spoorcomments} file the reviewer sends
 * back: JSON with the case and pack it belongs to, the reviewer, and the comments, plus a SHA-256 over
 * the {@code review} object written as compact JSON. The hash catches a file altered after export; it
 * is not a signature (whoever edits the file can recompute it). See reports' PACK-FORMAT.md.
 *
 * @param packManifestSha256 SHA-256 of the pack's manifest-sha256.txt: which pack content was reviewed
 */
public record ReviewCommentsFile(String caseId, String caseTitle, String packManifestSha256, String reviewer,
                                 Instant exportedAt, List<ReviewNote> comments) {

    public static final String FORMAT = "spoor-review-comments/1";
    public static final String EXTENSION = ".spoorcomments";
    private static final ObjectMapper COMPACT = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public ReviewCommentsFile {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(exportedAt, "exportedAt");
        caseTitle = caseTitle == null ? "" : caseTitle;
        packManifestSha256 = packManifestSha256 == null ? "" : packManifestSha256;
        comments = List.copyOf(comments);
    }

    /** {@code <case>-review-<reviewer>.spoorcomments}, with only letters, digits, '-' and '_' kept. */
    public static String fileName(String caseId, String reviewer) {
        return safe(caseId) + "-review-" + safe(reviewer) + EXTENSION;
    }

    public byte[] toBytes() {
        ObjectNode review = COMPACT.createObjectNode();
        review.put("caseId", caseId);
        review.put("caseTitle", caseTitle);
        review.put("packManifestSha256", packManifestSha256);
        review.put("reviewer", reviewer);
        review.put("exportedAt", exportedAt.toString());
        ArrayNode list = review.putArray("comments");
        for (ReviewNote note : comments) {
            ObjectNode c = list.addObject();
            c.put("id", note.id());
            c.put("exhibitRef", note.exhibitRef());
            c.put("text", note.text());
            c.put("writtenAt", note.writtenAt().toString());
            c.put("editedAt", note.editedAt() == null ? null : note.editedAt().toString());
        }
        ObjectNode doc = PRETTY.createObjectNode();
        doc.put("format", FORMAT);
        doc.set("review", review);
        doc.put("sha256", hash(review));
        try {
            return PRETTY.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /** SHA-256 of the file's bytes: names one exported file in the audit log. */
    public static String fileSha256(byte[] bytes) {
        return sha256(bytes);
    }

    /**
     * @param name the file's name, for messages
     * @throws ReviewException {@code review.file.notComments} or {@code review.file.altered} (name)
     */
    public static ReviewCommentsFile parse(byte[] bytes, String name) throws ReviewException {
        JsonNode doc;
        try {
            doc = COMPACT.readTree(bytes);
        } catch (IOException e) {
            throw notComments(name);
        }
        if (doc == null || !FORMAT.equals(doc.path("format").asText()) || !doc.path("review").isObject()) {
            throw notComments(name);
        }
        JsonNode review = doc.path("review");
        if (!hash(review).equalsIgnoreCase(doc.path("sha256").asText())) {
            throw new ReviewException("review.file.altered",
                    "the comments file " + name + " was changed after it was exported", name);
        }
        try {
            List<ReviewNote> notes = new ArrayList<>();
            for (JsonNode c : review.path("comments")) {
                String text = c.path("text").asText("");
                if (c.path("id").asText("").isBlank() || text.isBlank() || text.length() > ReviewNote.MAX_TEXT) {
                    throw notComments(name);
                }
                notes.add(new ReviewNote(c.path("id").asText(), c.path("exhibitRef").asText(null), text,
                        Instant.parse(c.path("writtenAt").asText()), instant(c.path("editedAt"))));
            }
            return new ReviewCommentsFile(review.path("caseId").asText(), review.path("caseTitle").asText(""),
                    review.path("packManifestSha256").asText(""), review.path("reviewer").asText(),
                    Instant.parse(review.path("exportedAt").asText()), notes);
        } catch (DateTimeParseException e) {
            throw notComments(name);
        }
    }

    private static Instant instant(JsonNode value) {
        boolean none = value.isNull() || value.isMissingNode() || value.asText().isBlank();
        return none ? null : Instant.parse(value.asText());
    }

    private static ReviewException notComments(String name) {
        return new ReviewException("review.file.notComments", name + " is not a Spoor comments file", name);
    }

    private static String hash(JsonNode review) {
        try {
            return sha256(COMPACT.writeValueAsBytes(review));
        } catch (IOException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static String safe(String text) {
        String folded = java.text.Normalizer.normalize(text.strip().replace('đ', 'd').replace('Đ', 'D'),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String cleaned = folded.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return cleaned.isEmpty() ? "review" : cleaned.toLowerCase(Locale.ROOT);
    }
}
