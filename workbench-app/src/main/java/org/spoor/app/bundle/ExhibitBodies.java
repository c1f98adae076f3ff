package org.spoor.app.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Optional;

import org.spoor.casefile.blob.BlobStore;
import org.spoor.exhibit.Exhibit;
import org.spoor.exhibit.ExhibitContent;
import org.spoor.exhibit.ExhibitContentRepository;
import org.spoor.reports.bundle.model.DocumentText;
import org.spoor.reports.bundle.model.NoContent;

/**
 * Chooses what the bundle shows as an exhibit's body: a phone's transcript or call log, a photograph
 * with its EXIF, the extracted (or OCR'd) text of a document, or a note saying why there is none.
 * A plain-text original that was never extracted is shown as its own UTF-8 text.
 */
final class ExhibitBodies {

    /** Longer texts are cut in the bundle (the original holds all of it, and the pack carries it). */
    static final int MAX_TEXT_CHARS = 200_000;
    private static final long MAX_PLAIN_ORIGINAL = 2L << 20;

    private final ExhibitContentRepository contents;
    private final BlobStore blobs;
    private final PhoneTranscripts phones;
    private final ExhibitPictures pictures;

    ExhibitBodies(ExhibitContentRepository contents, BlobStore blobs, PhoneTranscripts phones,
                  ExhibitPictures pictures) {
        this.contents = contents;
        this.blobs = blobs;
        this.phones = phones;
        this.pictures = pictures;
    }

    org.spoor.reports.bundle.model.ExhibitContent of(Exhibit exhibit) throws IOException {
        org.spoor.reports.bundle.model.ExhibitContent communications = phones.of(exhibit.id(), exhibit.ref());
        if (communications != null) {
            return communications;
        }
        Optional<ExhibitContent> extracted = contents.forExhibit(exhibit.id());
        if (ExhibitPictures.isPicture(exhibit)) {
            org.spoor.reports.bundle.model.ExhibitContent picture = pictures.of(exhibit, extracted.orElse(null));
            if (picture != null) {
                return picture;
            }
        }
        if (extracted.isPresent() && extracted.get().text() != null && !extracted.get().text().isBlank()) {
            return document(extracted.get().text(), extracted.get().ocrApplied());
        }
        if (extracted.isPresent() && extracted.get().hasProblem()) {
            return new NoContent("Spoor could not read this exhibit's content (" + extracted.get().problemKind()
                    + (extracted.get().problemReason() == null ? "" : ": " + extracted.get().problemReason())
                    + "). The original is unchanged in the case.");
        }
        if (extracted.isEmpty() && isPlainText(exhibit)) {
            String text = plainText(exhibit);
            if (text != null) {
                return document(text, false);
            }
        }
        return new NoContent("");
    }

    private static DocumentText document(String text, boolean ocr) {
        String shown = text.length() <= MAX_TEXT_CHARS ? text : text.substring(0, MAX_TEXT_CHARS)
                + "\n\n[The text continues in the original: " + (text.length() - MAX_TEXT_CHARS)
                + " more characters are not printed here.]";
        return new DocumentText(ocr ? "[Text recognised by OCR; check it against the original.]\n\n" + shown : shown);
    }

    private static boolean isPlainText(Exhibit exhibit) {
        String type = exhibit.mediaType() == null ? "" : exhibit.mediaType().toLowerCase(Locale.ROOT);
        return type.startsWith("text/") && exhibit.sizeBytes() <= MAX_PLAIN_ORIGINAL;
    }

    /** The original as UTF-8 text, or null when it is not valid UTF-8 (then it is not guessed at). */
    private String plainText(Exhibit exhibit) throws IOException {
        byte[] bytes;
        try (InputStream in = blobs.open(exhibit.blobId())) {
            bytes = in.readAllBytes();
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
