package org.spoor.ingest.extract.worker;

import java.util.Set;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.UnsupportedFormatException;
import org.apache.tika.exception.TikaMemoryLimitException;
import org.spoor.ingest.extract.ExtractionProblem;
import org.spoor.ingest.extract.ExtractionProblem.Kind;

/** Names what a parser threw in the investigator's terms (password needed, damaged file, parser bug...). */
final class ProblemClassifier {

    /** Password exceptions of libraries Tika does not always wrap (POI, PDFBox, commons-compress). */
    private static final Set<String> PASSWORD_EXCEPTIONS = Set.of("EncryptedDocumentException",
            "InvalidPasswordException", "PasswordRequiredException", "EncryptedPowerPointFileException",
            "UnsupportedZipFeatureException");
    private static final int MAX_DETAIL = 300;

    private ProblemClassifier() {
    }

    static ExtractionProblem classify(Throwable failure) {
        if (isEncrypted(failure)) {
            return ExtractionProblem.of(Kind.ENCRYPTED, "password needed: the content is encrypted ("
                    + detail(failure) + ")");
        }
        if (mentionsZipBomb(failure)) {
            return ExtractionProblem.of(Kind.TOO_LARGE, "possible zip bomb: " + detail(failure));
        }
        if (find(failure, TikaMemoryLimitException.class) != null) {
            return ExtractionProblem.of(Kind.TOO_LARGE, "the file claims more memory than allowed ("
                    + detail(failure) + ")");
        }
        if (find(failure, OutOfMemoryError.class) != null) {
            return ExtractionProblem.of(Kind.OUT_OF_MEMORY, "the parser ran out of memory");
        }
        if (find(failure, UnsupportedFormatException.class) != null) {
            return ExtractionProblem.of(Kind.UNSUPPORTED, "this variant of the format is not supported ("
                    + detail(failure) + ")");
        }
        if (OcrFailure.isOcrFailure(failure) && OcrFailure.isTimeout(failure)) {
            return ExtractionProblem.of(Kind.TIMEOUT, "OCR took too long; the image is kept without its text");
        }
        if (find(failure, InterruptedException.class) != null || find(failure, java.io.InterruptedIOException.class)
                != null || find(failure, java.nio.channels.ClosedByInterruptException.class) != null) {
            return ExtractionProblem.of(Kind.PARSER_CRASH, "the parser interrupted itself");
        }
        Throwable bug = firstBug(failure);
        if (bug != null) {
            return ExtractionProblem.of(Kind.PARSER_CRASH, "the parser failed on this file ("
                    + bug.getClass().getSimpleName() + messageOf(bug) + ")");
        }
        if (failure instanceof TikaException || failure instanceof java.io.IOException
                || failure instanceof org.xml.sax.SAXException) {
            return ExtractionProblem.of(Kind.CORRUPT, "the file is damaged or not in the format it claims ("
                    + detail(failure) + ")");
        }
        return ExtractionProblem.of(Kind.PARSER_CRASH, "the parser failed on this file ("
                + failure.getClass().getSimpleName() + messageOf(failure) + ")");
    }

    private static boolean isEncrypted(Throwable failure) {
        if (find(failure, EncryptedDocumentException.class) != null) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (PASSWORD_EXCEPTIONS.contains(t.getClass().getSimpleName())) {
                return !t.getClass().getSimpleName().equals("UnsupportedZipFeatureException")
                        || String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("encrypt");
            }
        }
        return false;
    }

    /** Tika's SecureContentHandler says "Zip bomb detected!" (a TikaException, no type of its own). */
    private static boolean mentionsZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")
                    || t.getClass().getName().endsWith("SecureContentHandler$SecureSAXException")) {
                return true;
            }
        }
        return false;
    }

    /** A RuntimeException or Error (other than OOM) in the chain means the parser itself broke. */
    private static Throwable firstBug(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RuntimeException || t instanceof StackOverflowError || t instanceof LinkageError
                    || t instanceof AssertionError) {
                return t;
            }
        }
        return null;
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    /** The deepest message in the chain: usually the most specific. */
    private static String detail(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return shorten(message == null ? failure.getClass().getSimpleName() : message);
    }

    private static String messageOf(Throwable t) {
        return t.getMessage() == null ? "" : ": " + shorten(t.getMessage());
    }

    private static String shorten(String message) {
        String clean = MetadataCleaner.cleanValue(message);
        return clean.length() > MAX_DETAIL ? clean.substring(0, MAX_DETAIL) + "…" : clean;
    }
}
